import type { ImportedResources } from '../yaml/importYaml';
import { profileNameForConfig } from '../mig/migConfigs';
import { placeAdded } from './layout';
import { randomIds, type IdSource } from './operations';
import { migProfiles } from './resources';
import type { Design, MigProfileResource, Resource, ResourceId } from './types';

/**
 * Adds what an import brought to the design, laid out below what is already there. A MIG config
 * a pool selects becomes a MIG profile (one per config, reusing one already in the design).
 */
export function addImported(
  design: Design,
  imported: Pick<ImportedResources, 'nodeClasses' | 'nodePools'> &
    Partial<Pick<ImportedResources, 'others'>>,
  ids: IdSource = randomIds,
): { design: Design; added: ResourceId[] } {
  const origin = { x: 0, y: 0 };
  const added: Resource[] = [];
  const profileByConfig = new Map<string, MigProfileResource>(
    migProfiles(design).map((p) => [p.config, p]),
  );
  for (const { manifest, source } of imported.nodeClasses) {
    added.push({
      id: ids('EC2NodeClass'),
      kind: 'EC2NodeClass',
      position: origin,
      manifest,
      ...(source ? { source } : {}),
    });
  }
  for (const { manifest, migConfig, source } of imported.nodePools) {
    const pool: Resource = {
      id: ids('NodePool'),
      kind: 'NodePool',
      position: origin,
      manifest,
      ...(source ? { source } : {}),
    };
    if (migConfig === undefined) {
      added.push(pool);
      continue;
    }
    let profile = profileByConfig.get(migConfig);
    if (!profile) {
      profile = {
        id: ids('MigProfile'),
        kind: 'MigProfile',
        position: origin,
        name: profileNameForConfig(migConfig),
        config: migConfig,
      };
      profileByConfig.set(migConfig, profile);
      added.push(profile);
    }
    added.push({ ...pool, migProfileId: profile.id });
  }
  const others = (imported.others ?? []).map(({ line: _line, ...o }) => ({
    ...o,
    id: ids('Other'),
  }));
  const withOthers: Design =
    others.length === 0 ? design : { ...design, others: [...(design.others ?? []), ...others] };
  if (added.length === 0) return { design: withOthers, added: [] };
  const merged: Design = {
    ...withOthers,
    resources: { ...design.resources, ...Object.fromEntries(added.map((r) => [r.id, r])) },
  };
  const addedIds = added.map((r) => r.id);
  return { design: placeAdded(merged, addedIds), added: addedIds };
}
