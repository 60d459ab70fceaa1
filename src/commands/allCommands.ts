import { addResource } from './addResource';
import { applyPlacementFix } from './applyPlacementFix';
import type { AnyCommand } from './command';
import {
  deleteStoredDesign,
  duplicateStoredDesign,
  openStoredDesign,
  renameOpenDesign,
  renameStoredDesign,
  startNewDesign,
} from './designLibrary';
import { answerConversionReview, closeDialog } from './dialogs';
import { copyPng, downloadPng, downloadSvg } from './exportPicture';
import { downloadDesignAfterFailure, reloadPage } from './failureRecovery';
import { importFiles, importText } from './importManifests';
import { openLearn } from './learn';
import { answerNotice, dismissNotice } from './notices';
import { removeOtherDocument } from './otherDocuments';
import { openProjectFile } from './projectFile';
import { connectResources } from './referenceEdits';
import {
  applyDesignerMigFormCommand,
  editEC2NodeClassCommand,
  editMigProfileCommand,
  editNodePoolCommand,
  editWorkloadCommand,
  moveResources,
  renameResourceCommand,
} from './resourceEdits';
import { showProblem } from './showProblem';
import { copyTextSnippet, downloadTextFile } from './takeText';
import { applyPanelText } from './yamlPanelEdits';
import { PLAIN_COMMANDS } from './registry';

/**
 * Every user action: what the toolbar, the keys and the panels run through run.ts. The app
 * never imports this list (the tests do): listing a panel's command here would pull that panel's
 * domain code, and its libraries, into the entry chunk.
 */
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
  editWorkloadCommand,
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
  applyPlacementFix,
];
