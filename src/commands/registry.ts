import { addResource } from './addResource';
import { autoLayout } from './autoLayout';
import type { AnyCommand, Command } from './command';
import {
  backToMyDesign,
  copySharedDesign,
  deleteStoredDesign,
  duplicateStoredDesign,
  openStartScreen,
  openStoredDesign,
  renameOpenDesign,
  renameStoredDesign,
  startNewDesign,
} from './designLibrary';
import { deleteSelection } from './deleteSelection';
import { answerConfirm, answerConversionReview, closeDialog } from './dialogs';
import { copyPng, downloadPng, downloadSvg, openPictureDialog } from './exportPicture';
import { exportCopy, exportDownload } from './exportYaml';
import { downloadDesignAfterFailure, reloadPage } from './failureRecovery';
import { redo, undo } from './history';
import { importFiles, importText, pickImportFiles } from './importManifests';
import { closeLearn, openLearn, toggleLearn } from './learn';
import { newDesign, openExample } from './newDesign';
import { answerNotice, dismissNotice } from './notices';
import { removeOtherDocument } from './otherDocuments';
import { openProjectFile, pickProjectFile, saveProjectFile } from './projectFile';
import { connectResources } from './referenceEdits';
import {
  applyDesignerMigFormCommand,
  editEC2NodeClassCommand,
  editMigProfileCommand,
  editNodePoolCommand,
  moveResources,
  renameResourceCommand,
} from './resourceEdits';
import { openSharedLink, shareLink } from './shareLink';
import { shortcutSheet } from './shortcutSheet';
import { showProblem } from './showProblem';
import { copyTextSnippet, downloadTextFile } from './takeText';
import { toggleYaml } from './toggleYaml';
import { applyPanelText } from './yamlPanelEdits';

/**
 * The commands that need no arguments, in the shortcut sheet's order: only these can have
 * shortcuts, since a key says nothing more than which command.
 */
export const PLAIN_COMMANDS: readonly Command<void, unknown>[] = [
  undo,
  redo,
  deleteSelection,
  autoLayout,
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
  openPictureDialog,
  answerConfirm,
];

/** Every user action: what the toolbar, the keys and the panels run through run.ts. */
export const COMMANDS: readonly AnyCommand[] = [
  ...PLAIN_COMMANDS,
  openProjectFile,
  startNewDesign,
  openStoredDesign,
  renameOpenDesign,
  renameStoredDesign,
  duplicateStoredDesign,
  deleteStoredDesign,
  downloadSvg,
  downloadPng,
  copyPng,
  importFiles,
  importText,
  addResource,
  connectResources,
  moveResources,
  removeOtherDocument,
  renameResourceCommand,
  editNodePoolCommand,
  editEC2NodeClassCommand,
  editMigProfileCommand,
  applyDesignerMigFormCommand,
  applyPanelText,
  downloadTextFile,
  copyTextSnippet,
  downloadDesignAfterFailure,
  reloadPage,
  openLearn,
  closeDialog,
  answerConversionReview,
  dismissNotice,
  answerNotice,
  showProblem,
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
