import { nodePools } from '../../design/resources';
import type { Design, NodePoolResource } from '../../design/types';
import type { InstanceCatalog, InstanceType } from '../../karpenter/catalog/instanceType';
import { typesOnAnyOs } from '../../karpenter/catalog/typesOnOs';
import { admitsNothing, constraintsOf } from '../../karpenter/model/labelConstraints';
import type { NodePool } from '../../karpenter/model/types';
import { exportedPool } from '../../yaml/export/manifests';
import { requirementEntries, typesMeeting, type RequirementEntry } from '../poolInstanceTypes';
import type { Problem } from '../problem';
import { describeValues, valuesOf } from './instanceValues';

/**
 * Requirements that each look fine but that no EC2 instance type meets together, such as
 * `kubernetes.io/arch In [arm64]` with the x86-only family g5, or `instance-gpu-count In [0]`.
 * The API server accepts them; Karpenter filters out every instance type and skips the pool
 * (event NoCompatibleInstanceTypes, "nodepool requirements filtered out all available instance
 * types": core `scheduler.go :: add`, spec 1.4 step 4), so its pods stay Pending. Judged against
 * the catalog (Karpenter v1.14.1's instance types, Linux and Windows alike: the class's OS has
 * nodeclass-os-mismatch). The finding names the fewest requirements whose removal gives types
 * back, and what each of them would have to allow.
 */
export function noMatchingInstances(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const universe = typesOnAnyOs(catalog);
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    // Requirements that contradict each other are reported by requirements-contradictory.
    const constraints = constraintsOf(pool.manifest.spec.template.spec.requirements);
    if ([...constraints.values()].some(admitsNothing)) continue;
    const found = remembered(pool, exportedPool(design, pool), universe, catalog);
    if (found) problems.push(found);
  }
  return problems;
}

const memo = new WeakMap<InstanceCatalog, WeakMap<NodePool, Problem | null>>();

/** The finding for a pool, remembered per exported manifest: the search below is not free. */
function remembered(
  pool: NodePoolResource,
  manifest: NodePool,
  universe: readonly InstanceType[],
  catalog: InstanceCatalog,
): Problem | undefined {
  let byManifest = memo.get(catalog);
  if (!byManifest) memo.set(catalog, (byManifest = new WeakMap()));
  let found = byManifest.get(manifest);
  if (found === undefined) {
    const entries = requirementEntries(manifest);
    found =
      typesMeeting(entries, universe).length > 0
        ? null
        : (finding(pool, entries, universe, catalog) ?? null);
    byManifest.set(manifest, found);
  }
  // The same manifest may sit in another resource (a copy): the finding is the pool's.
  return found ? { ...found, resourceId: pool.id } : undefined;
}

/** More requirements than this and only single culprits are looked for (pairs grow as n²). */
const MAX_FOR_PAIRS = 16;

/** The smallest sets of entries (by index) whose removal lets some type through. */
function culprits(
  entries: readonly RequirementEntry[],
  universe: readonly InstanceType[],
): number[][] {
  const without = (...drop: number[]) => entries.filter((_, i) => !drop.includes(i));
  const singles = entries
    .map((_, i) => i)
    .filter((i) => typesMeeting(without(i), universe).length > 0);
  if (singles.length > 0 || entries.length > MAX_FOR_PAIRS) return singles.map((i) => [i]);
  const pairs: number[][] = [];
  entries.forEach((_, i) => {
    for (let j = i + 1; j < entries.length; j++) {
      if (typesMeeting(without(i, j), universe).length > 0) pairs.push([i, j]);
    }
  });
  return pairs;
}

const GPU_RESOURCES = ['nvidia.com/gpu', 'amd.com/gpu'];

function hasGpu(type: InstanceType): boolean {
  return GPU_RESOURCES.some((key) => (type.extended[key] ?? 0) > 0);
}

/**
 * What `entry`'s key would have to be for the others to admit a type. When the entry alone asks
 * for GPU types (a GPU family, say), the answer keeps to GPU types: "arm64 GPU types: g5g".
 */
function alternatives(
  entry: RequirementEntry,
  others: readonly RequirementEntry[],
  universe: readonly InstanceType[],
): string {
  const key = entry.source.key;
  const left = typesMeeting(others, universe);
  const own = typesMeeting([entry], universe);
  if (own.length > 0 && own.every(hasGpu)) {
    const gpus = left.filter(hasGpu);
    if (gpus.length > 0 && gpus.length < left.length) {
      return `GPU types only with ${key} ${describeValues(valuesOf(gpus, key))}`;
    }
  }
  const values = valuesOf(left, key);
  if (values.length === 0) {
    return `only types without a ${key} label, which only ${key} DoesNotExist (or NotIn) matches`;
  }
  return `only ${key} ${describeValues(values)}`;
}

/** Types that lack the label match only DoesNotExist or NotIn: a common surprise with counts. */
function absentHint(
  entry: RequirementEntry,
  others: readonly RequirementEntry[],
  universe: readonly InstanceType[],
): string {
  const key = entry.source.key;
  const { operator } = entry.source;
  if (operator === 'DoesNotExist' || operator === 'NotIn') return '';
  const lacking = typesMeeting(others, universe).filter((t) => t.labels[key] === undefined);
  if (lacking.length === 0) return '';
  return ` ${lacking.length} of those types have no ${key} label at all, which only DoesNotExist (or NotIn) matches: to ask for them, use ${key} DoesNotExist.`;
}

function windowsNote(entries: readonly RequirementEntry[], blamed: readonly number[]): string {
  const keys = new Set(blamed.map((i) => entries[i]?.source.key));
  const asksWindows = entries.some(
    (e) => e.source.key === 'kubernetes.io/os' && (e.source.values ?? []).includes('windows'),
  );
  return asksWindows && keys.has('kubernetes.io/os')
    ? ' Windows AMIs run only on amd64 instances.'
    : '';
}

function finding(
  pool: NodePoolResource,
  entries: readonly RequirementEntry[],
  universe: readonly InstanceType[],
  catalog: InstanceCatalog,
): Problem | undefined {
  const sets = culprits(entries, universe);
  const name = `NodePool "${pool.manifest.metadata.name}" can launch no instance type`;
  const at = (i: number) => entries[i]?.path ?? 'spec.template.spec.requirements';
  const others = (i: number) => entries.filter((_, j) => j !== i);
  const problem = (path: string, message: string): Problem => ({
    severity: 'warning',
    resourceId: pool.id,
    path,
    message,
    rule: 'requirements-no-instance',
  });
  const singles = sets.filter((s) => s.length === 1).map((s) => s[0] ?? 0);
  if (singles.length === 1) {
    const i = singles[0] ?? 0;
    const entry = entries[i];
    if (!entry) return undefined;
    if (typesMeeting([entry], universe).length === 0) {
      return problem(
        at(i),
        `${name}: no EC2 instance type in Karpenter ${catalog.source.karpenter}'s catalog (${catalog.source.types} types) has ${entry.written}. Check its values, or remove it; if it names a type newer than the catalog, this warning may be ignored.`,
      );
    }
    const rest = others(i);
    return problem(
      at(i),
      `${name}: ${entry.written} excludes every type its other requirements allow, which have ${alternatives(entry, rest, universe).replace(/^only /, '')}.${absentHint(entry, rest, universe)} Widen it or remove it.`,
    );
  }
  if (singles.length > 1) {
    const blamed = singles.map((i) => entries[i]).filter((e) => e !== undefined);
    const listed =
      blamed.length === 2
        ? `${blamed[0]?.written} and ${blamed[1]?.written} exclude each other`
        : `${blamed.map((e) => e.written).join(', ')} cannot all hold`;
    const why = singles.map((i) => {
      const entry = entries[i];
      const partner = singles.find((j) => j !== i) ?? i;
      const subject = blamed.length === 2 ? (entries[partner]?.written ?? '') : 'the others';
      return entry ? `${subject} admits ${alternatives(entry, others(i), universe)}` : '';
    });
    return problem(
      at(singles[singles.length - 1] ?? 0),
      `${name}: ${listed} (${why.join('; ')}).${windowsNote(entries, singles)} Change one of them.`,
    );
  }
  if (sets.length > 0) {
    const pairs = sets.slice(0, 3).map((s) => s.map((i) => entries[i]?.written).join(' with '));
    const more = sets.length > 3 ? ` and ${sets.length - 3} more pairs` : '';
    return problem(
      at(sets[0]?.[1] ?? 0),
      `${name}: no type meets its requirements together, and no single one is to blame; removing both of ${pairs.join(', or ')}${more} gives types back. Widen one of each pair.`,
    );
  }
  return problem(
    'spec.template.spec.requirements',
    `${name}: no type meets its requirements together, and removing any one or two of them does not help. Start again from fewer requirements.`,
  );
}
