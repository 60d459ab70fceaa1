/**
 * The Karpenter APIs older than v1 that the designer converts, and how to tell them apart.
 *
 * - `karpenter.sh/v1beta1` NodePool and `karpenter.k8s.aws/v1beta1` EC2NodeClass (Karpenter
 *   v0.32 to v0.37; v1.0 converts them with webhooks, v1.1 stops serving them: karpenter.sh
 *   "v1 Migration", aws/karpenter-provider-aws website/content/en/v1.0/upgrading/v1-migration.md).
 * - `karpenter.sh/v1alpha5` Provisioner and `karpenter.k8s.aws/v1alpha1` AWSNodeTemplate (up to
 *   v0.31; renamed to NodePool and EC2NodeClass in v1beta1 and gone since v0.33: karpenter.sh
 *   "v1beta1 Migration", website/content/en/v1.0/upgrading/v1beta1-migration.md).
 */
import { asObject, asString, type Json } from './json';

export const OLDER_APIS = {
  nodePool: { apiVersion: 'karpenter.sh/v1beta1', kind: 'NodePool' },
  ec2NodeClass: { apiVersion: 'karpenter.k8s.aws/v1beta1', kind: 'EC2NodeClass' },
  provisioner: { apiVersion: 'karpenter.sh/v1alpha5', kind: 'Provisioner' },
  awsNodeTemplate: { apiVersion: 'karpenter.k8s.aws/v1alpha1', kind: 'AWSNodeTemplate' },
} as const;

export type OlderApi = keyof typeof OLDER_APIS;

export function olderApiOf(manifest: Json): OlderApi | undefined {
  for (const [api, { apiVersion, kind }] of Object.entries(OLDER_APIS)) {
    if (manifest.apiVersion === apiVersion && manifest.kind === kind) return api as OlderApi;
  }
  return undefined;
}

/** True for a manifest of one of the older Karpenter APIs that `convertToV1` turns into v1. */
export function isConvertible(manifest: Record<string, unknown>): boolean {
  return olderApiOf(manifest) !== undefined;
}

/** `karpenter.sh/v1beta1 NodePool`: what the UI calls the manifest before conversion. */
export function apiLabel(manifest: Json): string {
  return `${asString(manifest.apiVersion) ?? '?'} ${asString(manifest.kind) ?? '?'}`;
}

export function nameOf(manifest: Json): string {
  return asString(asObject(manifest.metadata)?.name) ?? '';
}

/** A v1 EC2NodeClass, which a converted pool may point at and hand its kubelet to. */
export function isV1NodeClass(manifest: Json): boolean {
  return manifest.apiVersion === 'karpenter.k8s.aws/v1' && manifest.kind === 'EC2NodeClass';
}
