/**
 * The EC2NodeClass end of the kubelet move (see kubeletMove.ts): the class takes the kubelet its
 * pools agree on, and says what a person has to sort out when they do not.
 */
import type { Notes } from './conversion';
import { asObject, inline, sameJson, withKey, type Json } from './json';
import { poolList, type KubeletPlan } from './kubeletMove';

const KUBELET_AFTER = ['securityGroupSelectorTerms', 'subnetSelectorTerms', 'amiSelectorTerms'];

/** `spec` with the planned kubelet set, and the lines that say so. */
export function withPlannedKubelet(
  spec: Json,
  className: string,
  plan: KubeletPlan,
  notes: Notes,
): Json {
  if (plan.conflicting.length > 0) {
    const each = plan.conflicting
      .map((group) => `${group.pools.join(', ')}: ${inline(group.kubelet)}`)
      .join('; ');
    notes.warn(
      `${poolList(plan.conflicting.flatMap((g) => g.pools))} set different kubelet settings but share EC2NodeClass "${className}"; v1 keeps one kubelet per EC2NodeClass, so none was moved. Make one EC2NodeClass per kubelet configuration and point each NodePool at its own (${each}).`,
    );
    return spec;
  }
  if (plan.kubelet === undefined) return spec;
  const existing = asObject(spec.kubelet);
  if (existing !== undefined) {
    if (!sameJson(existing, plan.kubelet)) {
      notes.warn(
        `EC2NodeClass "${className}" already has kubelet settings; the different ones of ${poolList(plan.from)} were not applied: ${inline(plan.kubelet)}.`,
      );
    }
    return spec;
  }
  notes.change(
    `kubelet moved here from ${poolList(plan.from)}: v1 keeps kubelet settings on the EC2NodeClass.`,
  );
  if (plan.without.length > 0) {
    notes.warn(
      `${poolList(plan.without)} also ${plan.without.length === 1 ? 'uses' : 'use'} EC2NodeClass "${className}" without kubelet settings of ${plan.without.length === 1 ? 'its' : 'their'} own; in v1 ${plan.without.length === 1 ? 'it gets' : 'they get'} the moved ones too. Give ${plan.without.length === 1 ? 'it' : 'them'} another EC2NodeClass if that is wrong.`,
    );
  }
  return withKey(spec, 'kubelet', plan.kubelet, KUBELET_AFTER);
}
