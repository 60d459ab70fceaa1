import type { ReadAttachment } from '../mig/migAttachment';
import { profileNameForConfig } from '../mig/migConfigs';
import { migProfileFieldsForConfig } from '../mig/migLayout';
import type { IdSource } from './operations';
import type { MigProfileResource } from './types';

/**
 * Finds the MIG profile a pool read from YAML is attached to: one already in the design with the
 * same GPU and layout name, or a new one (made once, then reused by the next pool that reads
 * the same). A layout name alone is not enough: `all-1g.10gb` on an A100 40GB and on an H100
 * are different layouts.
 */
export function migProfileFinder(
  existing: readonly MigProfileResource[],
  ids: IdSource,
  added: (profile: MigProfileResource) => void,
): (attachment: ReadAttachment) => MigProfileResource {
  const key = (p: { gpu: string; config: string }) => `${p.gpu}\u0000${p.config}`;
  const byKey = new Map(existing.map((p) => [key(p), p]));
  return (attachment) => {
    const found = byKey.get(key(attachment));
    if (found) return found;
    const profile: MigProfileResource = {
      id: ids('MigProfile'),
      kind: 'MigProfile',
      position: { x: 0, y: 0 },
      name: profileNameForConfig(attachment.config),
      ...migProfileFieldsForConfig(attachment.config, attachment.gpu),
      taint: attachment.taint,
    };
    byKey.set(key(profile), profile);
    added(profile);
    return profile;
  };
}
