import { isWindowsFamily, type AmiFamily } from '../facts/amiFamilies';
import type { InstanceType } from './instanceType';

/**
 * Whether a class of this AMI family can boot the type at all (aws compatibility.go ::
 * IsCompatibleWithNodeClass, spec 2.1): a1, the first Graviton, has no AL2023 AMI, and EKS
 * publishes Windows AMIs for x86 only. Karpenter keeps such types with no available offering,
 * so neither the engine nor the lints may count them. The one place that says so.
 */
export function bootsOn(type: InstanceType, family: AmiFamily): boolean {
  if (type.family === 'a1' && family === 'AL2023') return false;
  return !isWindowsFamily(family) || type.arch === 'amd64';
}
