import * as kubelet from '../cel/kubeletRules';
import { EVICTION_THRESHOLD, QUANTITY } from '../patterns';
import { array, boolean, integer, map, object, string, type ObjectSchema } from '../schema';

/** `spec.kubelet` of an EC2NodeClass (karpenter.k8s.aws_ec2nodeclasses.yaml, v1.14.1). */

const percent = () => integer({ minimum: 0, maximum: 100 });

export const KUBELET: ObjectSchema = object(
  {
    clusterDNS: array(string()),
    cpuCFSQuota: boolean(),
    evictionHard: map(string({ pattern: EVICTION_THRESHOLD }), {
      rules: [kubelet.evictionHardKeys],
    }),
    // int32 upstream; the API server does not range-check integer formats.
    evictionMaxPodGracePeriod: integer(),
    evictionSoft: map(string({ pattern: EVICTION_THRESHOLD }), {
      rules: [kubelet.evictionSoftKeys],
    }),
    evictionSoftGracePeriod: map(string(), { rules: [kubelet.evictionSoftGracePeriodKeys] }),
    imageGCHighThresholdPercent: percent(),
    imageGCLowThresholdPercent: percent(),
    kubeReserved: map(string({ pattern: QUANTITY }), {
      rules: [kubelet.kubeReservedKeys, kubelet.kubeReservedNotNegative],
    }),
    maxPods: integer({ minimum: 0 }),
    podsPerCore: integer({ minimum: 0 }),
    systemReserved: map(string({ pattern: QUANTITY }), {
      rules: [kubelet.systemReservedKeys, kubelet.systemReservedNotNegative],
    }),
  },
  {
    rules: [
      kubelet.imageGCThresholds,
      kubelet.evictionSoftHasGracePeriod,
      kubelet.gracePeriodHasEvictionSoft,
    ],
  },
);
