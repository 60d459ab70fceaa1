/**
 * A MIG pool read from YAML keeps the form it was written in. Attaching the recognised profile
 * is the import's reading of the pool, not an edit: a pool tainted `nvidia.com/mig=true`, pinned
 * by GPU name alone, or with its pins among other requirements, exports exactly as it came in.
 * Only what the user changes afterwards takes the designer's form (`applyMigProfile`).
 */
import type { MigAdoption } from './migProfile';
import type { NodePool, Taint } from '../karpenter/model/types';
import { sameData } from '../lib/sameData';
import {
  applyMigProfile,
  isMigTaint,
  layoutTaint,
  pinnedTo,
  withMigLabel,
  type MigProfileParts,
  type ReadAttachment,
} from './migAttachment';
import { MIG_CONFIG_LABEL } from './migConfigs';

/** The pool's taints set as given: `undefined` leaves no `taints` key, `[]` an empty list. */
function withTaints(pool: NodePool, taints: Taint[] | undefined): NodePool {
  const template = pool.spec.template;
  const { taints: _old, ...spec } = template.spec;
  return {
    ...pool,
    spec: {
      ...pool.spec,
      template: { ...template, spec: taints === undefined ? spec : { ...spec, taints } },
    },
  };
}

function withRequirements(
  pool: NodePool,
  requirements: NodePool['spec']['template']['spec']['requirements'],
): NodePool {
  const template = pool.spec.template;
  return {
    ...pool,
    spec: { ...pool.spec, template: { ...template, spec: { ...template.spec, requirements } } },
  };
}

/**
 * How a pool read from YAML takes the profile found for it (`detached` is the pool without its
 * MIG parts). A pool that is exactly what attaching that profile writes is stored as the user's
 * attachment would be, without them. Any other keeps its requirements and taints as written and
 * remembers the profile as it was, so export gives the pool back unchanged.
 */
export function adoptMigProfile(
  detached: NodePool,
  attachment: ReadAttachment,
  profile: MigProfileParts,
): { manifest: NodePool; adopted?: MigAdoption } {
  const written = attachment.written;
  if (!written) return { manifest: detached };
  const asWritten = withTaints(withRequirements(detached, written.requirements), written.taints);
  if (sameData(applyMigProfile(detached, profile), withMigLabel(asWritten, profile.config)))
    return { manifest: detached };
  return {
    manifest: asWritten,
    adopted: { config: profile.config, gpu: profile.gpu, taint: profile.taint },
  };
}

/**
 * An adopted pool as exported: the label always names the profile's layout, and the pool's own
 * requirements and taints stay as written until the user edits the profile. What a platform
 * engineer expects of each edit:
 * - Another layout moves the pool to it: the label follows, and so does a taint naming the old
 *   layout (`nvidia.com/mig.config=<old>`), or pods tolerating the new layout would be kept off.
 *   A MIG taint naming no layout (`nvidia.com/mig=true`) still fits and stays.
 * - Turning the taint off or on is a decision about the pool's taint: the MIG taints go, and on
 *   brings the layout taint, as when a profile is attached.
 * - Another GPU makes the pool's GPU requirements wrong: they become the pins of the new GPU.
 * Each is judged against the profile as adopted, so an edit undone gives the pool's form back.
 * The profile may serve other pools too; each keeps its own form the same way.
 */
export function applyAdoptedMigProfile(
  pool: NodePool,
  profile: MigProfileParts,
  adopted: MigAdoption,
): NodePool {
  const spec = pool.spec.template.spec;
  let exported = pool;
  if (profile.gpu !== adopted.gpu)
    exported = withRequirements(exported, pinnedTo(spec.requirements, profile.gpu));
  if (profile.taint !== adopted.taint) {
    const others = (spec.taints ?? []).filter((t) => !isMigTaint(t));
    const taints = profile.taint ? [...others, layoutTaint(profile.config)] : others;
    exported = withTaints(exported, taints.length > 0 ? taints : undefined);
  } else if (profile.config !== adopted.config && spec.taints) {
    exported = withTaints(
      exported,
      spec.taints.map((t) =>
        t.key === MIG_CONFIG_LABEL && t.value === adopted.config
          ? { ...t, value: profile.config }
          : t,
      ),
    );
  }
  return withMigLabel(exported, profile.config);
}
