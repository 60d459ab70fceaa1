import type { Design } from '../../../design/types';
import { classUserData } from '../../../yaml/export/migClassUserData';
import { migUses } from '../../../yaml/export/migUses';
import type { Problem } from '../../problem';

/**
 * When the nodes partition themselves, the layout lives in the EC2NodeClass's userData, so every
 * pool of that class gets it: MIG and whole-GPU pools must not share one. And userData that does
 * not create the instances leaves the label promising a layout no node has.
 */
export function migUserDataClasses(design: Design): Problem[] {
  const problems: Problem[] = [];
  const profiles = new Map(migUses(design).map((u) => [u.profile.id, u.profile]));
  for (const profile of profiles.values()) {
    if (profile.applyWith !== 'user-data') continue;
    for (const c of classUserData(design, profile)) {
      if (c.sharedWith.length > 0) {
        problems.push({
          severity: 'error',
          resourceId: c.classId,
          path: 'spec.userData',
          message: `EC2NodeClass "${c.className}" carries the MIG layout of "${profile.name}" in its userData but also builds ${c.sharedWith.join(', ')}: their GPUs would be partitioned too. Give the MIG pool a class of its own.`,
          rule: 'mig-user-data-shared-class',
        });
      } else if (!c.result.ok) {
        problems.push({
          severity: 'error',
          resourceId: profile.id,
          path: 'applyWith',
          message: `MIG profile "${profile.name}" is applied by userData, but for EC2NodeClass "${c.className}": ${c.result.reason}.`,
          rule: 'mig-user-data-unsupported',
        });
      } else if (c.empty) {
        problems.push({
          severity: 'warning',
          resourceId: profile.id,
          path: 'applyWith',
          message: `MIG profile "${profile.name}" is applied by userData, but EC2NodeClass "${c.className}" has none yet: its nodes get no MIG instances. Use "Set as userData" in the profile's cluster setup.`,
          rule: 'mig-user-data-missing',
        });
      }
    }
  }
  return problems;
}
