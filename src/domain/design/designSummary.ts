import { plural } from '../lib/plural';
import type { Design } from './types';

/** "3 NodePools · 2 EC2NodeClasses · 1 MIG profile", or "Empty" — how lists describe a design. */
export function designSummary(design: Design): string {
  let pools = 0;
  let classes = 0;
  let profiles = 0;
  for (const r of Object.values(design.resources)) {
    if (r.kind === 'NodePool') pools++;
    else if (r.kind === 'EC2NodeClass') classes++;
    else profiles++;
  }
  const parts = [
    pools ? plural(pools, 'NodePool', 'NodePools') : '',
    classes ? plural(classes, 'EC2NodeClass', 'EC2NodeClasses') : '',
    profiles ? plural(profiles, 'MIG profile', 'MIG profiles') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Empty';
}
