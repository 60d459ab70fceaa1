/**
 * A corpus of real-world style manifests for round-trip tests. Canonical files are written the
 * way the designer exports (kubectl's sorted keys, lists indented under their key, one `---`
 * between documents, classes then pools, each by name); hand-written ones are not.
 */
import { arm64Manifests } from './arm64';
import { bottlerocketManifests } from './bottlerocket';
import { commentedManifests } from './commented';
import { customUserDataManifests } from './customUserData';
import { disruptionBudgetManifests } from './disruptionBudgets';
import { flowStyleManifests } from './flowStyle';
import { gpuManifests } from './gpu';
import { mixedKindsManifests } from './mixedKinds';
import { multipleEbsManifests } from './multipleEbs';
import { spotManifests } from './spot';
import { windowsManifests } from './windows';

export interface CorpusFile {
  /** The file name an import would report. */
  name: string;
  text: string;
}

export const CANONICAL_FILES: readonly CorpusFile[] = [
  { name: 'gpu.yaml', text: gpuManifests() },
  { name: 'spot.yaml', text: spotManifests() },
  { name: 'arm64.yaml', text: arm64Manifests() },
  { name: 'windows.yaml', text: windowsManifests() },
  { name: 'bottlerocket.yaml', text: bottlerocketManifests() },
  { name: 'custom-user-data.yaml', text: customUserDataManifests() },
  { name: 'multiple-ebs.yaml', text: multipleEbsManifests() },
  { name: 'disruption-budgets.yaml', text: disruptionBudgetManifests() },
];

export const HAND_WRITTEN_FILES: readonly CorpusFile[] = [
  { name: 'commented.yaml', text: commentedManifests() },
  { name: 'flow-style.yaml', text: flowStyleManifests() },
  { name: 'mixed-kinds.yaml', text: mixedKindsManifests() },
];

export { kubectlListManifests, CLUSTER_METADATA_FIELDS } from './kubectlList';
