import { plural } from '../lib/plural';
import { KINDS, RESOURCE_KINDS } from './kinds';
import type { Design, ResourceKind } from './types';

/** "3 NodePools · 2 EC2NodeClasses · 1 MIG profile", or "Empty" — how lists describe a design. */
export function designSummary(design: Design): string {
  const counts = new Map<ResourceKind, number>();
  for (const r of Object.values(design.resources))
    counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const parts = RESOURCE_KINDS.flatMap((kind) => {
    const count = counts.get(kind) ?? 0;
    return count ? [plural(count, KINDS[kind].label, KINDS[kind].plural)] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : 'Empty';
}
