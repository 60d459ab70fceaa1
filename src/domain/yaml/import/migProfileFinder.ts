import type { NodePool } from '../../karpenter/model/types';
import { adoptMigProfile } from '../../mig/migAdoption';
import type { ReadAttachment } from '../../mig/migAttachment';
import { profileNameForConfig } from '../../mig/migConfigs';
import { migProfileFieldsForConfig, strategyFor } from '../../mig/migLayout';
import { sameData } from '../../lib/sameData';
import type { IdSource } from '../../design/operations';
import type { NodePoolResource } from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';

/**
 * Finds the MIG profile a pool read from YAML is attached to: one already in the design with the
 * same GPU and layout name, or a new one (made once, then reused by the next pool that reads
 * the same). A layout name alone is not enough: `all-1g.10gb` on an A100 40GB and on an H100
 * are different layouts. A custom mix read from a mig-parted ConfigMap, or NodeOverlays read
 * for the pool, update the profile found: the text is what the user just wrote.
 */
export function migProfileFinder(
  existing: readonly MigProfileResource[],
  ids: IdSource,
  put: (profile: MigProfileResource) => void,
): (attachment: ReadAttachment) => MigProfileResource {
  const key = (p: { gpu: string; config: string }) => `${p.gpu}\u0000${p.config}`;
  const byKey = new Map(existing.map((p) => [key(p), p]));
  return (attachment) => {
    const found = byKey.get(key(attachment));
    if (found) {
      const devices =
        attachment.devices && !sameData(found.devices, attachment.devices)
          ? attachment.devices
          : undefined;
      const overlay = attachment.nodeOverlay === true && !found.nodeOverlay;
      if (!devices && !overlay) return found;
      const updated: MigProfileResource = {
        ...found,
        ...(devices ? { devices } : {}),
        ...(overlay ? { nodeOverlay: true } : {}),
      };
      byKey.set(key(updated), updated);
      put(updated);
      return updated;
    }
    const fields = migProfileFieldsForConfig(attachment.config, attachment.gpu);
    const profile: MigProfileResource = {
      id: ids('MigProfile'),
      kind: 'MigProfile',
      position: { x: 0, y: 0 },
      name: profileNameForConfig(attachment.config),
      ...fields,
      taint: attachment.taint,
      ...(attachment.devices
        ? { devices: attachment.devices, strategy: strategyFor(attachment.devices) }
        : {}),
      // No overlays came with the pool: the file says Karpenter was not told the capacity.
      nodeOverlay: attachment.nodeOverlay ?? false,
    };
    byKey.set(key(profile), profile);
    put(profile);
    return profile;
  };
}

/**
 * A pool read from YAML with the profile found for it attached: as the user's attachment when
 * the pool is what attaching writes, else adopted as it was written.
 */
export function attachedAsRead(
  manifest: NodePool,
  attachment: ReadAttachment,
  profile: MigProfileResource,
): Pick<NodePoolResource, 'manifest' | 'migProfileId' | 'migAdopted'> {
  const { manifest: kept, adopted } = adoptMigProfile(manifest, attachment, profile);
  return { manifest: kept, migProfileId: profile.id, ...(adopted ? { migAdopted: adopted } : {}) };
}
