/**
 * The NodePool end of the kubelet move (see kubeletMove.ts): the kubelet leaves the pool, and
 * goes to the class it points at when that class is in the same import.
 */
import { withPlannedKubelet } from './classKubelet';
import { Notes } from './conversion';
import { asObject, clone, inline, sameJson, withKey, type Json } from './json';
import { kubeletOf, planKubelet, referencedClass } from './kubeletMove';
import { isV1NodeClass } from './olderApis';

/**
 * Notes where `pool`'s kubelet goes. Returns the v1 EC2NodeClass it was added to, when the class
 * was already v1 (an older class takes it in its own conversion).
 */
export function movePoolKubelet(
  pool: Json,
  className: string,
  others: Json[],
  notes: Notes,
): Json[] {
  const kubelet = kubeletOf(pool);
  if (kubelet === undefined) return [];
  const all = [pool, ...others];
  const target = referencedClass(pool, all);
  if (target === undefined) {
    notes.warn(
      `kubelet settings must move to the spec.kubelet of EC2NodeClass "${className}", which is not in this import; add them there: ${inline(kubelet)}.`,
    );
    return [];
  }
  const plan = planKubelet(target, all);
  if (plan.conflicting.length > 0) {
    notes.warn(
      `kubelet settings were not moved: NodePools sharing EC2NodeClass "${className}" set different ones, and v1 keeps one per EC2NodeClass. Give this NodePool its own EC2NodeClass with: ${inline(kubelet)}.`,
    );
    return [];
  }
  if (!isV1NodeClass(target)) {
    notes.change(
      `kubelet moved to EC2NodeClass "${className}" (spec.kubelet): v1 keeps kubelet settings on the EC2NodeClass.`,
    );
    return [];
  }
  const spec = asObject(target.spec) ?? {};
  const existing = asObject(spec.kubelet);
  if (existing !== undefined) {
    if (sameJson(existing, kubelet)) {
      notes.change(
        `kubelet removed: EC2NodeClass "${className}" already has the same kubelet settings.`,
      );
    } else {
      notes.warn(
        `kubelet settings were not moved: EC2NodeClass "${className}" already has different ones. Reconcile them, or give this NodePool its own EC2NodeClass with: ${inline(kubelet)}.`,
      );
    }
    return [];
  }
  // The class's own lines ("moved here from ...") would repeat this pool's; its warnings stay.
  const classNotes = new Notes();
  const updatedSpec = withPlannedKubelet(spec, className, plan, classNotes);
  classNotes.warnings.forEach((line) => notes.warn(line));
  notes.change(
    `kubelet moved to EC2NodeClass "${className}" (spec.kubelet), which is updated as well: v1 keeps kubelet settings on the EC2NodeClass.`,
  );
  return [withKey(clone(target), 'spec', updatedSpec)];
}
