/**
 * What the workload form offers as you type: label keys a pod may select (the design's own pools
 * first, since those are what it can land on, then Karpenter's well-known keys), values for a
 * key (the pools', the well-known ones, the catalog's), taints to tolerate, and the extended
 * resources the design's MIG profiles advertise.
 */
import type { InstanceCatalog } from '../karpenter/catalog/instanceType';
import { WELL_KNOWN_LABELS } from '../karpenter/facts/wellKnownLabels';
import { writtenTaints } from '../karpenter/model/poolTaints';
import { WELL_KNOWN_LABEL_KEYS } from '../karpenter/requirements/wellKnownLabels';
import { POD_RESOURCES } from '../kube/containerEdits';
import { HOSTNAME_KEY } from '../kube/schedulingEdits';
import { migResourceName } from '../mig/capacity';
import { MIG_CONFIG_LABEL } from '../mig/migConfigs';
import type { MigProfileResource } from '../mig/migProfile';
import { resolveLayout } from '../mig/migLayout';
import { layoutEntries } from '../mig/placement';
import { migProfiles, nodePools, resourceById } from './resources';
import type { Design, NodePoolResource } from './types';

/** What the design's pools put on their nodes: labels, requirement values, taints. */
export interface PlacementSuggestions {
  /** Label keys, the pools' first. */
  labelKeys: readonly string[];
  /** Values the pools allow or set, by key. */
  poolValues: ReadonlyMap<string, readonly string[]>;
  /** Taint keys of the pools, with their values (a toleration's suggestions). */
  taintKeys: readonly string[];
  taintValues: ReadonlyMap<string, readonly string[]>;
  /** Every resource a container may ask for here: the usual ones, then the MIG profiles'. */
  resources: readonly string[];
}

function add(map: Map<string, Set<string>>, key: string, value?: string): void {
  const values = map.get(key) ?? new Set<string>();
  if (value !== undefined && value !== '') values.add(value);
  map.set(key, values);
}

function frozen(map: Map<string, Set<string>>): Map<string, readonly string[]> {
  return new Map([...map].map(([key, values]) => [key, [...values].sort()]));
}

function poolMigProfile(design: Design, pool: NodePoolResource): MigProfileResource | undefined {
  if (pool.migProfileId === undefined) return undefined;
  const profile = resourceById(design, pool.migProfileId);
  return profile?.kind === 'MigProfile' ? profile : undefined;
}

/** The resource names a profile's nodes advertise: `nvidia.com/mig-1g.10gb` when mixed. */
function migResources(profile: MigProfileResource): string[] {
  const layout = resolveLayout(profile);
  if (!layout.ok || !layout.devices) return [];
  return layoutEntries(layout.devices).map(([name]) => migResourceName(name, profile.strategy));
}

let lastInputs: readonly unknown[] = [];
let last: PlacementSuggestions | undefined;

/**
 * Suggestions depend only on the pools and MIG profiles: editing a workload keeps the same
 * object, so the form's lists do not rebuild on every keystroke.
 */
export function placementSuggestions(design: Design): PlacementSuggestions {
  const inputs = [...nodePools(design), ...migProfiles(design)];
  if (last && inputs.length === lastInputs.length && inputs.every((r, i) => r === lastInputs[i]))
    return last;
  lastInputs = inputs;
  last = suggestionsOf(design);
  return last;
}

function suggestionsOf(design: Design): PlacementSuggestions {
  const labels = new Map<string, Set<string>>();
  const taints = new Map<string, Set<string>>();
  for (const pool of nodePools(design)) {
    const template = pool.manifest.spec.template;
    for (const [key, value] of Object.entries(template.metadata?.labels ?? {}))
      add(labels, key, value);
    for (const requirement of template.spec.requirements) {
      if (requirement.key === '') continue;
      add(labels, requirement.key);
      if (requirement.operator === 'In')
        for (const value of requirement.values ?? []) add(labels, requirement.key, value);
    }
    // Every node carries its pool's name: a pod can select one pool by it.
    add(labels, 'karpenter.sh/nodepool', pool.manifest.metadata.name);
    for (const taint of writtenTaints(template.spec.taints))
      if (taint.key) add(taints, taint.key, taint.value);
    const profile = poolMigProfile(design, pool);
    if (profile) {
      add(labels, MIG_CONFIG_LABEL, profile.config);
      if (profile.taint) add(taints, MIG_CONFIG_LABEL, profile.config);
    }
  }
  const wellKnown = [...WELL_KNOWN_LABELS.map((label) => label.key), ...WELL_KNOWN_LABEL_KEYS];
  const labelKeys = [...new Set([...labels.keys(), ...wellKnown, HOSTNAME_KEY])];
  const mig = migProfiles(design).flatMap(migResources);
  return {
    labelKeys,
    poolValues: frozen(labels),
    taintKeys: [...taints.keys()],
    taintValues: frozen(taints),
    resources: [...new Set<string>([...POD_RESOURCES, ...mig])],
  };
}

/** How many of the catalog's values a key offers at most: a datalist of thousands helps no one. */
const MOST_VALUES = 300;

const catalogValues = new WeakMap<InstanceCatalog, Map<string, readonly string[]>>();

function valuesInCatalog(catalog: InstanceCatalog, key: string): readonly string[] {
  let byKey = catalogValues.get(catalog);
  if (!byKey) {
    byKey = new Map();
    catalogValues.set(catalog, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;
  const values = new Set<string>();
  for (const type of catalog.types) {
    const value = type.labels[key];
    if (value !== undefined) values.add(value);
  }
  const found = [...values].slice(0, MOST_VALUES);
  byKey.set(key, found);
  return found;
}

/**
 * Values offered for a label key: what the pools allow first, then the well-known values, then
 * the catalog's (instance families, types, CPU makers...) once it has loaded.
 */
export function labelValueSuggestions(
  suggestions: PlacementSuggestions,
  catalog: InstanceCatalog | undefined,
  key: string,
): readonly string[] {
  const wellKnown = WELL_KNOWN_LABELS.find((label) => label.key === key)?.values ?? [];
  return [
    ...new Set([
      ...(suggestions.poolValues.get(key) ?? []),
      ...wellKnown,
      ...(catalog ? valuesInCatalog(catalog, key) : []),
    ]),
  ];
}
