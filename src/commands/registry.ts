import { autoLayout } from './autoLayout';
import type { Command } from './command';
import { backToMyDesign, copySharedDesign, openStartScreen } from './designLibrary';
import { deleteSelection } from './deleteSelection';
import { selectAll } from './selectAll';
import { toggleMinimap } from './toggleMinimap';
import { zoomToSelection } from './zoomToSelection';
import { answerConfirm } from './dialogs';
import { openPictureDialog } from './exportPicture';
import { exportCopy, exportDownload } from './exportYaml';
import { redo, undo } from './history';
import { pickImportFiles } from './importManifests';
import { closeLearn, toggleLearn } from './learn';
import { newDesign, openExample } from './newDesign';
import { pickProjectFile, saveProjectFile } from './projectFile';
import { openSharedLink, shareLink } from './shareLink';
import { shortcutSheet } from './shortcutSheet';
import { toggleIncludeWorkloads, toggleYaml } from './toggleYaml';

/**
 * The commands that need no arguments, in the shortcut sheet's order: only these can have
 * shortcuts, since a key says nothing more than which command.
 */
export const PLAIN_COMMANDS: readonly Command<void, unknown>[] = [
  undo,
  redo,
  selectAll,
  deleteSelection,
  autoLayout,
  zoomToSelection,
  toggleMinimap,
  newDesign,
  openExample,
  exportDownload,
  exportCopy,
  saveProjectFile,
  pickProjectFile,
  pickImportFiles,
  shortcutSheet,
  shareLink,
  openSharedLink,
  openStartScreen,
  copySharedDesign,
  backToMyDesign,
  toggleLearn,
  closeLearn,
  toggleYaml,
  toggleIncludeWorkloads,
  openPictureDialog,
  answerConfirm,
];

/**
 * A toolbar slot: a command's button, or a control the toolbar draws itself (the file input
 * behind Import…, the theme menu).
 */
export type ToolbarItem = Command<void, unknown> | 'import' | 'theme';

/** The toolbar, left to right, in its labelled groups; a `null` group is the spacer. */
export const TOOLBAR: readonly ({ label: string; items: readonly ToolbarItem[] } | null)[] = [
  { label: 'Design', items: [openStartScreen, newDesign, 'import', saveProjectFile] },
  { label: 'Edit', items: [undo, redo, deleteSelection, autoLayout] },
  null,
  { label: 'Help', items: [toggleLearn, 'theme'] },
  {
    label: 'Export',
    items: [toggleYaml, shareLink, openPictureDialog, exportCopy, exportDownload],
  },
];
