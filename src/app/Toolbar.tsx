import { useRef } from 'react';
import { useStore } from 'zustand';
import { autoLayout } from '../commands/autoLayout';
import type { Command } from '../commands/command';
import { deleteSelection } from '../commands/deleteSelection';
import { exportCopy, exportDownload } from '../commands/exportYaml';
import { importFiles } from '../commands/importManifests';
import { redo, undo } from '../commands/history';
import { newDesign, openExample } from '../commands/newDesign';
import { shareLink } from '../commands/shareLink';
import { shortcutLabel } from '../commands/shortcuts';
import { useDesignStore } from '../store/designStore';
import { IS_MAC } from './useShortcuts';

interface ToolbarProps {
  yamlOpen: boolean;
  onToggleYaml: () => void;
}

function CommandButton({
  command,
  testId,
  primary,
}: {
  command: Command;
  testId: string;
  primary?: boolean;
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
      {command.label}
    </button>
  );
}

/** The file picker behind "Import…": YAML files, several at once. */
function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="toolbar__button"
        title="Import Karpenter manifests (or drop YAML files on the canvas, or paste YAML)"
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

export function Toolbar({ yamlOpen, onToggleYaml }: ToolbarProps) {
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true" />
        NodePool Designer
      </div>
      <div className="toolbar__group" role="group" aria-label="Design">
        <CommandButton command={newDesign} testId="new-design" />
        <CommandButton command={openExample} testId="open-example" />
        <ImportButton />
      </div>
      <div className="toolbar__group" role="group" aria-label="Edit">
        <CommandButton command={undo} testId="undo" />
        <CommandButton command={redo} testId="redo" />
        <CommandButton command={deleteSelection} testId="delete-selection" />
        <CommandButton command={autoLayout} testId="auto-layout" />
      </div>
      <div className="toolbar__spacer" />
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
        <CommandButton command={exportCopy} testId="export-copy" />
        <CommandButton command={exportDownload} testId="export-download" primary />
      </div>
    </header>
  );
}
