/**
 * Which instance types a NodePool could launch, from the catalog: the types whose requirements
 * intersect the pool's requirements ∩ its template labels (core `nodeclaimtemplate.go ::
 * NewNodeClaimTemplate`, `nodeclaim.go :: compatible`; spec 1.4 step 4 and 1.6), labelled for the
 * OS of the pool's EC2NodeClass. The rules that ask it share one answer per pool and class.
 */
import { nodeClassesByName } from '../design/nodeClassIndex';
import type { Design, EC2NodeClassResource, NodePoolResource } from '../design/types';
import type { InstanceCatalog, InstanceType } from '../karpenter/catalog/instanceType';
import { typesForFamily, typesOnAnyOs } from '../karpenter/catalog/typesOnOs';
import { amiFamilyOf } from '../karpenter/facts/amiFamilies';
import { describeRequirement } from '../karpenter/model/labelConstraints';
import type { NodePool, NodeSelectorRequirement } from '../karpenter/model/types';
import { typesAdmitted } from '../karpenter/requirements/instanceTypeRequirements';
import { requirementsOf, type Requirements } from '../karpenter/requirements/requirements';
import { exportedPool } from '../yaml/export/manifests';

/** One requirement as the user wrote it: an entry of `requirements`, or a template label. */
export interface RequirementEntry {
  /** A template label reads as `key In [value]`. */
  readonly source: NodeSelectorRequirement;
  /** Where it sits in the pool's manifest, for the problem's path. */
  readonly path: string;
  /** How a message names it: `kubernetes.io/arch In [arm64]`, `label gpu=true`. */
  readonly written: string;
}

const entriesMemo = new WeakMap<NodePool, readonly RequirementEntry[]>();

/**
 * Karpenter labels Windows types with the AMI's build (10.0.20348 for Windows2022...); the
 * catalog does not model builds, so a requirement on it is not judged rather than misjudged.
 */
const UNJUDGED_KEYS: ReadonlySet<string> = new Set(['node.kubernetes.io/windows-build']);

/**
 * The pool's requirements, then its template labels, each as the user wrote it (less the keys
 * the catalog cannot judge).
 */
export function requirementEntries(manifest: NodePool): readonly RequirementEntry[] {
  let entries = entriesMemo.get(manifest);
  if (!entries) {
    const own = manifest.spec.template.spec.requirements.flatMap((source, i) =>
      UNJUDGED_KEYS.has(source.key)
        ? []
        : [
            {
              source,
              path: `spec.template.spec.requirements[${i}]`,
              written: describeRequirement(source),
            },
          ],
    );
    const labels = Object.entries(manifest.spec.template.metadata?.labels ?? {})
      .filter(([key]) => !UNJUDGED_KEYS.has(key))
      .map(([key, value]) => ({
        source: { key, operator: 'In' as const, values: [value] },
        path: `spec.template.metadata.labels[${key}]`,
        written: `the template label ${key}=${value}`,
      }));
    entries = [...own, ...labels];
    entriesMemo.set(manifest, entries);
  }
  return entries;
}

/** The types meeting every entry (a `Requirements` of them all) among `types`. */
const meeting = new WeakMap<
  readonly InstanceType[],
  WeakMap<readonly RequirementEntry[], InstanceType[]>
>();

const meetingByKey = new WeakMap<readonly InstanceType[], Map<string, InstanceType[]>>();

/** Past this many distinct requirement sets per type list, the shared answers start afresh. */
const SHARED_LIMIT = 512;

export function typesMeeting(
  entries: readonly RequirementEntry[],
  types: readonly InstanceType[],
): InstanceType[] {
  // Remembered per (entries, types): entries are kept per pool manifest, so only an edited
  // pool is judged again; 1,000 pools × 2,700 types on every edit otherwise.
  let byEntries = meeting.get(types);
  if (!byEntries) meeting.set(types, (byEntries = new WeakMap()));
  let found = byEntries.get(entries);
  if (!found) {
    // Pools that write the same requirements (a pool per team) share one answer too.
    let byKey = meetingByKey.get(types);
    if (!byKey) meetingByKey.set(types, (byKey = new Map<string, InstanceType[]>()));
    const sources = entries.map((e) => e.source);
    const key = JSON.stringify(sources);
    found = byKey.get(key);
    if (!found) {
      if (byKey.size >= SHARED_LIMIT) byKey.clear();
      found = typesAdmitted(requirementsOf(sources), types);
      byKey.set(key, found);
    }
    byEntries.set(entries, found);
  }
  return found;
}

export interface PoolInstanceTypes {
  /** The pool as exported (with what its MIG profile adds). */
  manifest: NodePool;
  /** Its EC2NodeClass when exactly one has the name it references. */
  nodeClass: EC2NodeClassResource | undefined;
  requirements: Requirements;
  /** The types it could launch, in the catalog's order. */
  types: readonly InstanceType[];
}

/** The catalog as the class labels it: Custom families and missing classes say no OS. */
function typesForClass(
  catalog: InstanceCatalog,
  nodeClass: EC2NodeClassResource | undefined,
): readonly InstanceType[] {
  if (!nodeClass) return typesOnAnyOs(catalog);
  const family = amiFamilyOf(nodeClass.manifest.spec);
  if (family === 'Custom') return typesOnAnyOs(catalog);
  return typesForFamily(catalog, family);
}

/** Without a known OS a type is there twice (linux and windows): count it once. */
function firstOfItsName(): (type: InstanceType) => boolean {
  const seen = new Set<string>();
  return (type) => !seen.has(type.name) && Boolean(seen.add(type.name));
}

interface Cached {
  nodeClass: EC2NodeClassResource | undefined;
  result: PoolInstanceTypes;
}

const memo = new WeakMap<InstanceCatalog, WeakMap<NodePool, Cached>>();

const admittedBySources = new WeakMap<readonly InstanceType[], Map<string, InstanceType[]>>();

/**
 * The types a pool's requirements admit, one answer for every pool that writes the same ones
 * under the same OS: a repository's pool per team differs in name and taints only.
 */
function sharedAdmitted(
  entries: readonly RequirementEntry[],
  requirements: Requirements,
  types: readonly InstanceType[],
): InstanceType[] {
  let bySources = admittedBySources.get(types);
  if (!bySources) admittedBySources.set(types, (bySources = new Map<string, InstanceType[]>()));
  const key = JSON.stringify(entries.map((e) => e.source));
  let found = bySources.get(key);
  if (!found) {
    if (bySources.size >= SHARED_LIMIT) bySources.clear();
    found = typesAdmitted(requirements, types).filter(firstOfItsName());
    bySources.set(key, found);
  }
  return found;
}

/** The instance types the pool could launch under its class; remembered per pool and class. */
export function poolInstanceTypes(
  design: Design,
  pool: NodePoolResource,
  catalog: InstanceCatalog,
): PoolInstanceTypes {
  const manifest = exportedPool(design, pool);
  const [nodeClass, ...more] =
    nodeClassesByName(design).get(manifest.spec.template.spec.nodeClassRef.name) ?? [];
  const theClass = more.length === 0 ? nodeClass : undefined;
  let byPool = memo.get(catalog);
  if (!byPool) memo.set(catalog, (byPool = new WeakMap()));
  const cached = byPool.get(manifest);
  if (cached && cached.nodeClass === theClass) return cached.result;
  const entries = requirementEntries(manifest);
  const requirements = requirementsOf(entries.map((e) => e.source));
  const result = {
    manifest,
    nodeClass: theClass,
    requirements,
    types: sharedAdmitted(entries, requirements, typesForClass(catalog, theClass)),
  };
  byPool.set(manifest, { nodeClass: theClass, result });
  return result;
}
