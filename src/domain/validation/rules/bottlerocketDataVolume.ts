import { ec2NodeClasses } from '../../design/resources';
import type { Design } from '../../design/types';
import { imageFamilyOf } from '../../karpenter/facts/amiFamilies';
import type { Problem } from '../problem';

const OS_VOLUME = '/dev/xvda';
const DATA_VOLUME = '/dev/xvdb';

/**
 * Bottlerocket keeps container images and pod storage on its second volume, /dev/xvdb; /dev/xvda
 * holds only the OS. Karpenter's Bottlerocket defaults are xvda 4Gi and xvdb 20Gi, and it takes a
 * node's ephemeral storage from /dev/xvdb (aws/karpenter-provider-aws,
 * pkg/providers/amifamily/bottlerocket.go, `DefaultBlockDeviceMappings` and
 * `EphemeralBlockDevice`). A class that sizes only /dev/xvda, the usual habit from AL2023, gets
 * a bigger OS volume that Bottlerocket never uses ("that is not reflected in the root partition",
 * maintainer in aws/karpenter-provider-aws#6214) while images still fill the default data volume.
 */
export function bottlerocketDataVolume(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const nodeClass of ec2NodeClasses(design)) {
    const { spec } = nodeClass.manifest;
    if (imageFamilyOf(spec) !== 'Bottlerocket') continue;
    const devices = deviceNames(spec.blockDeviceMappings);
    if (!devices.includes(OS_VOLUME) || devices.includes(DATA_VOLUME)) continue;
    problems.push({
      severity: 'warning',
      resourceId: nodeClass.id,
      path: 'spec.blockDeviceMappings',
      message: `EC2NodeClass "${nodeClass.manifest.metadata.name}" runs Bottlerocket but sizes only ${OS_VOLUME}: Bottlerocket keeps images and pod storage on ${DATA_VOLUME}, so that space goes unused while images fill the default 20Gi data volume. Add a ${DATA_VOLUME} mapping with the size you need and keep ${OS_VOLUME} small (4Gi).`,
      rule: 'bottlerocket-data-volume',
    });
  }
  return problems;
}

/** Device names as imported: a manifest from outside may hold anything here, so read warily. */
function deviceNames(mappings: unknown): string[] {
  if (!Array.isArray(mappings)) return [];
  return mappings.flatMap((m: unknown) => {
    const name =
      typeof m === 'object' && m !== null ? (m as Record<string, unknown>).deviceName : undefined;
    return typeof name === 'string' ? [name] : [];
  });
}
