/**
 * A test oracle that answers "would the Kubernetes API server accept this manifest?" from the
 * upstream Karpenter CRDs, read at runtime from the unchanged copies in `test/data/karpenter-crds`
 * (provenance in test/data/README.md); the product never loads them. See crd-oracle/validate.ts
 * for the steps of a CREATE it replays.
 */
export { validateManifest, validateYamlDocuments, type OracleResult } from './crd-oracle/validate';
