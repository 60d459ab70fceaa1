import { autoLayout } from './autoLayout';
import type { Command } from './command';
import { deleteSelection } from './deleteSelection';
import { exportCopy, exportDownload } from './exportYaml';
import { redo, undo } from './history';
import { newDesign, openExample } from './newDesign';
import { openProjectFileCommand, saveProjectFile } from './projectFile';
import { shortcutSheet } from './shortcutSheet';

/** Every command with a shortcut or a toolbar button; the keyboard handler reads this list. */
export const COMMANDS: readonly Command[] = [
  undo,
  redo,
  deleteSelection,
  autoLayout,
  newDesign,
  openExample,
  exportDownload,
  exportCopy,
  saveProjectFile,
  openProjectFileCommand,
  shortcutSheet,
];
