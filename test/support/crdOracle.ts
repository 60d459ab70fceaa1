/**
 * A test oracle that answers "would the Kubernetes API server accept this manifest?" from the
 * upstream Karpenter CRDs, read at runtime from `$NPD_SHARED_DIR` (default `<repo>/../shared`)
 * `/reference/karpenter/crds` and never copied into the project. See crd-oracle/validate.ts for
 * the steps of a CREATE it replays.
 */
export { validateManifest, validateYamlDocuments, type OracleResult } from './crd-oracle/validate';
