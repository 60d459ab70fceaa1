import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { autoLayout } from '../commands/autoLayout';
import type { Command } from '../commands/command';
import { deleteSelection } from '../commands/deleteSelection';
import { exportCopy, exportDownload } from '../commands/exportYaml';
import { importFiles } from '../commands/importManifests';
import { redo, undo } from '../commands/history';
import { openStartScreen, renameOpenDesign } from '../commands/designLibrary';
import { newDesign } from '../commands/newDesign';
import { saveProjectFile } from '../commands/projectFile';
import { shareLink } from '../commands/shareLink';
import { shortcutLabel } from '../commands/shortcuts';
import { useDesignStore } from '../store/designStore';
import { selectEditable } from '../store/selectors';
import { useThemeStore, type ThemePreference } from '../store/themePreference';
import { IS_MAC } from './useShortcuts';

interface ToolbarProps {
  yamlOpen: boolean;
  onToggleYaml: () => void;
}

function CommandButton({
  command,
  testId,
  primary,
  text,
}: {
  command: Command;
  testId: string;
  primary?: boolean;
  /** A shorter word for the button; its title and the shortcut sheet keep the command's label. */
  text?: string;
}) {
  // isEnabled reads the store and its history; re-evaluating it on either keeps the button true.
  const isEnabled = () => (command.isEnabled ? command.isEnabled() : true);
  const enabledByDesign = useDesignStore(isEnabled);
  const enabledByHistory = useStore(useDesignStore.temporal, isEnabled);
  const enabled = enabledByDesign && enabledByHistory;
  const shortcut = command.shortcuts?.[0];
  const title = shortcut ? `${command.label} (${shortcutLabel(shortcut, IS_MAC)})` : command.label;
  return (
    <button
      type="button"
      className={primary ? 'toolbar__button is-primary' : 'toolbar__button'}
      data-testid={testId}
      title={title}
      aria-label={title}
      disabled={!enabled}
      onClick={() => void command.run()}
    >
      {text ?? command.label}
    </button>
  );
}

/** The file picker behind "Import…": YAML files, several at once. */
function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const editable = useDesignStore(selectEditable);
  return (
    <>
      <button
        type="button"
        className="toolbar__button"
        title="Import Karpenter manifests (or drop YAML files on the canvas, or paste YAML)"
        disabled={!editable}
        onClick={() => input.current?.click()}
      >
        Import…
      </button>
      <input
        ref={input}
        className="toolbar__file"
        type="file"
        multiple
        accept=".yaml,.yml,.json,application/yaml,text/yaml"
        data-testid="import-file"
        aria-label="Import YAML files"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) void importFiles(files);
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
    if (draft !== undefined && draft.trim() && draft !== name) renameOpenDesign(draft);
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

function PanelButton({
  label,
  testId,
  title,
  onClick,
  pressed,
}: {
  label: string;
  testId: string;
  title: string;
  onClick: () => void;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      className="toolbar__button"
      data-testid={testId}
      title={title}
      aria-pressed={pressed}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

export function Toolbar({ yamlOpen, onToggleYaml }: ToolbarProps) {
  const learnOpen = useDesignStore((s) => s.learn !== undefined);
  const { showLearn, openDialog } = useDesignStore.getState();
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
      <div className="toolbar__group" role="group" aria-label="Design">
        <PanelButton
          label="Designs…"
          testId="open-start-screen"
          title="Designs in this browser, templates and project files"
          onClick={() => void openStartScreen.run()}
        />
        <CommandButton command={newDesign} testId="new-design" text="New" />
        <ImportButton />
        <CommandButton command={saveProjectFile} testId="save-project-file" text="Save" />
      </div>
      <div className="toolbar__group" role="group" aria-label="Edit">
        <CommandButton command={undo} testId="undo" />
        <CommandButton command={redo} testId="redo" />
        <CommandButton command={deleteSelection} testId="delete-selection" text="Delete" />
        <CommandButton command={autoLayout} testId="auto-layout" text="Layout" />
      </div>
      <div className="toolbar__spacer" />
      <div className="toolbar__group" role="group" aria-label="Help">
        <PanelButton
          label="Learn"
          testId="toggle-learn"
          title="What NodePools, EC2NodeClasses and MIG profiles are, field by field"
          pressed={learnOpen}
          onClick={() => showLearn(learnOpen ? undefined : 'model:nodepool')}
        />
        <ThemeSelect />
      </div>
      <div className="toolbar__group" role="group" aria-label="Export">
        <button
          type="button"
          className="toolbar__button"
          aria-pressed={yamlOpen}
          onClick={onToggleYaml}
          data-testid="toggle-yaml"
        >
          {yamlOpen ? 'Hide YAML' : 'Show YAML'}
        </button>
        <CommandButton command={shareLink} testId="share-link" />
        <PanelButton
          label="Picture…"
          testId="export-picture"
          title="Export the canvas as a PNG or SVG picture"
          onClick={() => openDialog({ kind: 'picture' })}
        />
        <CommandButton command={exportCopy} testId="export-copy" />
        <CommandButton command={exportDownload} testId="export-download" primary />
      </div>
    </header>
  );
}
