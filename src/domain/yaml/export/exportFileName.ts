/** The name Download YAML gives the file: kept apart from the YAML writer, a lazy chunk. */
export const EXPORT_FILE_NAME = 'karpenter.yaml';
