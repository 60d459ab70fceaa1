/**
 * Conversion of older Karpenter manifests (v1beta1 NodePool and EC2NodeClass, v1alpha5
 * Provisioner, v1alpha1 AWSNodeTemplate) to v1, and the line diff its preview shows.
 */
export { convertToV1 } from './convertToV1';
export { diffLines, unifiedDiff } from './lineDiff';
export { isConvertible } from './olderApis';
