import { defaultEC2NodeClass, defaultNodePool } from '../karpenter/model/defaults';
import { withSpecField } from '../karpenter/edits/ec2NodeClassFieldEdits';
import { withTemplateSpec } from '../karpenter/edits/nodePoolEdits';
import { ARCH, OS } from '../karpenter/facts/labelKeys';
import type {
  EC2NodeClass,
  NodePool,
  NodeSelectorRequirement,
  Taint,
} from '../karpenter/model/types';
import { CAPACITY_TYPE, requirementIn } from './poolShaping';

/**
 * The taint AWS recommends for GPU nodes, and the one the GPU Operator's DaemonSets tolerate by
 * default (shared/reference/mig/NOTES.md 6.3): pods that need no GPU stay off costly nodes. A
 * function, not a constant, so no two built designs share the object.
 */
function gpuTaint(): Taint {
  return { key: 'nvidia.com/gpu', effect: 'NoSchedule' };
}

/**
 * An AL2023 class for GPU instances. The al2023 alias needs no GPU variant: "Karpenter
 * automatically selects the appropriate Amazon EKS optimized accelerated AMI" for them
 * (aws-samples/karpenter-blueprints, nvidia-gpu-workload). CUDA images and model weights fill the
 * default 20Gi root volume, so it gets 200Gi, as the example design's GPU class does.
 */
export function gpuNodeClass(name: string): EC2NodeClass {
  return withSpecField(defaultEC2NodeClass(name), 'blockDeviceMappings', [
    {
      deviceName: '/dev/xvda',
      ebs: { volumeSize: '200Gi', volumeType: 'gp3', encrypted: true, deleteOnTermination: true },
    },
  ]);
}

/**
 * A tainted Linux amd64 pool of the given capacity types, narrowed by `instances` (families or
 * types) in place of the getting-started pool's c/m/r categories, which hold no GPU.
 */
export function gpuPool(
  name: string,
  className: string,
  capacityTypes: readonly string[],
  instances: NodeSelectorRequirement,
): NodePool {
  return withTemplateSpec(defaultNodePool(name, className), {
    requirements: [
      requirementIn(ARCH, 'amd64'),
      requirementIn(OS, 'linux'),
      requirementIn(CAPACITY_TYPE, ...capacityTypes),
      instances,
    ],
    taints: [gpuTaint()],
  });
}
