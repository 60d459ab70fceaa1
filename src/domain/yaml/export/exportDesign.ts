import type { Design } from '../../design/types';
import { designToExportEntries } from './exportEntries';
import { manifestsToYaml, type YamlExport } from './toYaml';

export function exportDesign(design: Design): YamlExport {
  return manifestsToYaml(designToExportEntries(design));
}

export const EXPORT_FILE_NAME = 'karpenter.yaml';
