import { EVICTION_SIGNALS } from '../../../karpenter/model/types';
import { celRule, entry, type CelRule } from '../celRule';

/** `spec.kubelet` rules of karpenter.k8s.aws_ec2nodeclasses.yaml: keys the kubelet knows. */

const SIGNALS: readonly string[] = EVICTION_SIGNALS;
/** The list as the CRD's CEL writes it. */
const SIGNALS_CEL = `[${SIGNALS.map((signal) => `'${signal}'`).join(',')}]`;

function signalKeys(id: string): CelRule {
  return celRule<Record<string, string>>({
    id,
    cel: `self.all(x, x in ${SIGNALS_CEL})`,
    check: (thresholds, report) => {
      for (const key of Object.keys(thresholds)) {
        if (!SIGNALS.includes(key)) {
          report(`is not an eviction signal: use one of ${SIGNALS.join(', ')}`, entry(key));
        }
      }
    },
  });
}

export const evictionHardKeys = signalKeys('kubelet-eviction-hard-keys');
export const evictionSoftKeys = signalKeys('kubelet-eviction-soft-keys');
export const evictionSoftGracePeriodKeys = signalKeys('kubelet-eviction-soft-grace-period-keys');

const RESOURCES = ['cpu', 'memory', 'ephemeral-storage', 'pid'];

function reservedKeys(id: string): CelRule {
  return celRule<Record<string, string>>({
    id,
    cel: "self.all(x, x=='cpu' || x=='memory' || x=='ephemeral-storage' || x=='pid')",
    check: (reserved, report) => {
      for (const key of Object.keys(reserved)) {
        if (!RESOURCES.includes(key)) {
          report(
            `is not a resource the kubelet can reserve: use cpu, memory, ephemeral-storage or pid`,
            entry(key),
          );
        }
      }
    },
  });
}

function reservedNotNegative(id: string): CelRule {
  return celRule<Record<string, string>>({
    id,
    cel: "self.all(x, !self[x].startsWith('-'))",
    check: (reserved, report) => {
      for (const [key, quantity] of Object.entries(reserved)) {
        if (quantity.startsWith('-'))
          report(`is negative (${quantity}): reserve 0 or more`, entry(key));
      }
    },
  });
}

export const kubeReservedKeys = reservedKeys('kubelet-kube-reserved-keys');
export const kubeReservedNotNegative = reservedNotNegative('kubelet-kube-reserved-not-negative');
export const systemReservedKeys = reservedKeys('kubelet-system-reserved-keys');
export const systemReservedNotNegative = reservedNotNegative(
  'kubelet-system-reserved-not-negative',
);

interface Kubelet {
  imageGCHighThresholdPercent?: number;
  imageGCLowThresholdPercent?: number;
  evictionSoft?: Record<string, string>;
  evictionSoftGracePeriod?: Record<string, string>;
}

/** The kubelet collects images from the high mark down to the low one. */
export const imageGCThresholds: CelRule = celRule<Kubelet>({
  id: 'kubelet-image-gc-thresholds',
  cel: 'has(self.imageGCHighThresholdPercent) && has(self.imageGCLowThresholdPercent) ?  self.imageGCHighThresholdPercent > self.imageGCLowThresholdPercent  : true',
  check: ({ imageGCHighThresholdPercent: high, imageGCLowThresholdPercent: low }, report) => {
    if (high !== undefined && low !== undefined && high <= low) {
      report(
        `must be greater than imageGCLowThresholdPercent (${low}): raise it or lower the low threshold`,
        '.imageGCHighThresholdPercent',
      );
    }
  },
});

// A soft threshold without a grace period is never acted on, and the reverse is meaningless. A
// missing map on the other side is a CEL evaluation error, which also rejects the object.
export const evictionSoftHasGracePeriod: CelRule = celRule<Kubelet>({
  id: 'kubelet-eviction-soft-grace-period',
  cel: 'has(self.evictionSoft) ? self.evictionSoft.all(e, (e in self.evictionSoftGracePeriod)):true',
  check: ({ evictionSoft = {}, evictionSoftGracePeriod = {} }, report) => {
    for (const signal of Object.keys(evictionSoft)) {
      if (!Object.hasOwn(evictionSoftGracePeriod, signal)) {
        report(
          `has no grace period: add evictionSoftGracePeriod[${signal}], e.g. 1m`,
          `.evictionSoft${entry(signal)}`,
        );
      }
    }
  },
});

export const gracePeriodHasEvictionSoft: CelRule = celRule<Kubelet>({
  id: 'kubelet-grace-period-eviction-soft',
  cel: 'has(self.evictionSoftGracePeriod) ? self.evictionSoftGracePeriod.all(e, (e in self.evictionSoft)):true',
  check: ({ evictionSoft = {}, evictionSoftGracePeriod = {} }, report) => {
    for (const signal of Object.keys(evictionSoftGracePeriod)) {
      if (!Object.hasOwn(evictionSoft, signal)) {
        report(
          `has no soft eviction threshold to delay: add evictionSoft[${signal}] or remove this grace period`,
          `.evictionSoftGracePeriod${entry(signal)}`,
        );
      }
    }
  },
});
