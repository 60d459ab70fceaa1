import { describe, expect, it } from 'vitest';
import { COMMANDS } from './allCommands';
import { PLAIN_COMMANDS, TOOLBAR } from './registry';
import { commandFor } from './shortcuts';

/**
 * CONTRACT.md's test ids, copied here: acceptance tests drive the app through them, and a
 * toolbar button's test id is its command's id, so renaming a command could break them.
 */
const CONTRACT_TEST_IDS = new Set([
  'palette-nodepool',
  'palette-ec2nodeclass',
  'palette-migprofile',
  'inspector',
  'field-name',
  'yaml-panel',
  'export-download',
  'export-copy',
  'import-file',
  'problems',
  'problem',
  'new-design',
  'undo',
  'redo',
  'share-link',
  'open-start-screen',
  'use-template',
  'open-project-file',
  'save-project-file',
  'make-copy',
  'export-picture',
  'download-svg',
  'download-png',
  'toggle-learn',
  'learn-panel',
  'shortcut-sheet',
  'palette-workload',
  'workload-verdict',
  'placement',
  'placement-row',
]);

/** The toolbar's buttons that are not in the contract; the app's own e2e journeys use them. */
const OWN_TOOLBAR_TEST_IDS = new Set(['delete-selection', 'auto-layout', 'toggle-yaml']);

/** Every module of this folder, to find commands the registry forgot. */
const MODULES = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], {
  eager: true,
});

function isCommand(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'id' in value && 'run' in value;
}

const toolbarIds = TOOLBAR.flatMap((group) => group?.items ?? []).flatMap((item) =>
  typeof item === 'string' ? [] : [item.id],
);

describe('the registry', () => {
  it('gives every command an id of its own', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('lists every command this folder exports', () => {
    const listed = new Set<unknown>(COMMANDS);
    const forgotten = Object.entries(MODULES).flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([, value]) => isCommand(value) && !listed.has(value))
        .map(([name]) => `${file}: ${name}`),
    );
    expect(forgotten).toEqual([]);
  });

  it('lists each toolbar command among all commands', () => {
    expect(toolbarIds.filter((id) => !COMMANDS.some((c) => c.id === id))).toEqual([]);
  });

  it('names every toolbar button with a test id of the contract (or one of three of its own)', () => {
    expect(
      toolbarIds.filter((id) => !CONTRACT_TEST_IDS.has(id) && !OWN_TOOLBAR_TEST_IDS.has(id)),
    ).toEqual([]);
  });

  it('keeps every toolbar hook the contract promises', () => {
    expect(toolbarIds).toEqual(
      expect.arrayContaining([
        'open-start-screen',
        'new-design',
        'save-project-file',
        'undo',
        'redo',
        'toggle-learn',
        'share-link',
        'export-picture',
        'export-copy',
        'export-download',
      ]),
    );
  });

  it('has no shortcut two commands claim, on any platform', () => {
    for (const isMac of [false, true])
      for (const command of PLAIN_COMMANDS)
        for (const s of command.shortcuts ?? []) {
          const press = {
            key: s.key,
            ctrlKey: !isMac && Boolean(s.mod),
            metaKey: isMac && Boolean(s.mod),
            shiftKey: Boolean(s.shift),
            altKey: false,
          };
          expect(commandFor(PLAIN_COMMANDS, press, isMac)).toBe(command);
        }
  });

  it('gives shortcuts only to commands that need no arguments', () => {
    const plain = new Set<unknown>(PLAIN_COMMANDS);
    expect(COMMANDS.filter((c) => c.shortcuts && !plain.has(c))).toEqual([]);
  });

  it('lists every command that needs no arguments among all commands', () => {
    const all = new Set<unknown>(COMMANDS);
    expect(PLAIN_COMMANDS.filter((c) => !all.has(c)).map((c) => c.id)).toEqual([]);
  });
});
