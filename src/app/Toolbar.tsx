import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { Command } from '../commands/command';
import { exportDownload } from '../commands/exportYaml';
import { IMPORT_FILE_TYPES, importFiles, pickImportFiles } from '../commands/importManifests';
import { renameOpenDesign } from '../commands/designLibrary';
import { TOOLBAR, type ToolbarItem } from '../commands/registry';
import { commandEnabled, runCommand } from '../commands/run';
import { shortcutLabel } from '../commands/shortcuts';
import { useDesignStore } from '../store/designStore';
import { useThemeStore, type ThemePreference } from '../store/themePreference';
import { IS_MAC } from '../platform/isMac';

/** Whether a command can run, kept true as the design and its history change. */
function useEnabled(command: Command<never, unknown>): boolean {
  const byDesign = useDesignStore((state) =>
    commandEnabled(command, state, useDesignStore.temporal.getState()),
  );
  const byHistory = useStore(useDesignStore.temporal, (history) =>
    commandEnabled(command, useDesignStore.getState(), history),
  );
  return byDesign && byHistory;
}

function CommandButton({
  command,
  primary,
}: {
  command: Command<void, unknown>;
  primary?: boolean;
}) {
  const enabled = useEnabled(command);
  const on = useDesignStore((state) => command.isOn?.(state));
  const shortcut = command.shortcuts?.[0];
  const title = shortcut ? `${command.label} (${shortcutLabel(shortcut, IS_MAC)})` : command.label;
  return (
    <button
      type="button"
      className={primary ? 'toolbar__button is-primary' : 'toolbar__button'}
      data-testid={command.id}
      // A button that opens something is named by its text and described by its title.
      title={command.description ?? title}
      aria-label={command.description ? undefined : title}
      aria-pressed={on}
      disabled={!enabled}
      onClick={() => void runCommand(command, undefined, 'toolbar')}
    >
      {(on === true ? command.labelWhenOn : undefined) ?? command.short ?? command.label}
    </button>
  );
}

/**
 * "Import…", whose picker takes several YAML files, and the file input automation sets files
 * on (CONTRACT.md's import-file).
 */
function ImportButton() {
  const enabled = useEnabled(pickImportFiles);
  return (
    <>
      <button
        type="button"
        className="toolbar__button"
        title={pickImportFiles.description}
        disabled={!enabled}
        onClick={() => runCommand(pickImportFiles, undefined, 'toolbar')}
      >
        {pickImportFiles.label}
      </button>
      <input
        className="toolbar__file"
        type="file"
        multiple
        accept={IMPORT_FILE_TYPES}
        data-testid="import-file"
        aria-label="Import YAML files"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) void runCommand(importFiles, { files }, 'toolbar');
        }}
      />
    </>
  );
}

/** The open design's name, renamed in place as in Figma's title bar. */
function DesignName() {
  const name = useDesignStore((s) => s.document.name);
  const viewing = useDesignStore((s) => s.viewing !== undefined);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  useEffect(() => {
    // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, as <bdi> does: a bidi control in the name
    // must not reorder the rest of the tab's title.
    document.title = viewing
      ? 'Shared design — NodePool Designer'
      : `\u2068${name}\u2069 — NodePool Designer`;
  }, [name, viewing]);
  if (viewing) return <span className="toolbar__name is-shared">Shared design (read-only)</span>;
  const commit = () => {
    if (draft !== undefined && draft.trim() && draft !== name)
      runCommand(renameOpenDesign, { name: draft }, 'toolbar');
    setDraft(undefined);
  };
  return (
    <input
      className="toolbar__name"
      data-testid="design-name"
      aria-label="Design name"
      title="Design name: click to rename"
      value={draft ?? name}
      maxLength={120}
      size={Math.min(Math.max((draft ?? name).length, 8), 28)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') {
          setDraft(undefined);
          // Blur after React has put the old name back, so the blur does not commit the draft.
          const input = event.currentTarget;
          requestAnimationFrame(() => input.blur());
        }
      }}
    />
  );
}

const THEMES: readonly [ThemePreference, string][] = [
  ['system', 'Auto theme'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

function ThemeSelect() {
  const preference = useThemeStore((s) => s.preference);
  const setPreference = useThemeStore((s) => s.setPreference);
  return (
    <select
      className="toolbar__select"
      data-testid="theme"
      aria-label="Colour theme"
      title="Colour theme: follows the system unless set to light or dark"
      value={preference}
      onChange={(event) => setPreference(event.target.value as ThemePreference)}
    >
      {THEMES.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

function Item({ item }: { item: ToolbarItem }) {
  if (item === 'import') return <ImportButton />;
  if (item === 'theme') return <ThemeSelect />;
  return <CommandButton command={item} primary={item === exportDownload} />;
}

/** The toolbar, drawn from the registry's groups. */
export function Toolbar() {
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <span
          className="toolbar__logo"
          role="img"
          aria-label="NodePool Designer"
          title="NodePool Designer"
        />
        <DesignName />
      </div>
      {TOOLBAR.map((group, i) =>
        group ? (
          <div key={group.label} className="toolbar__group" role="group" aria-label={group.label}>
            {group.items.map((item) => (
              <Item key={typeof item === 'string' ? item : item.id} item={item} />
            ))}
          </div>
        ) : (
          <div key={i} className="toolbar__spacer" />
        ),
      )}
    </header>
  );
}
