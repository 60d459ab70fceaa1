import { migProfiles, nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { migConfigProblem } from '../../mig/migConfigs';
import type { Problem } from '../problem';

/** The config name becomes a node label value, so it must be a valid one. */
export function migProfileRules(design: Design): Problem[] {
  const attached = new Set(nodePools(design).map((p) => p.migProfileId));
  const problems: Problem[] = [];
  for (const profile of migProfiles(design)) {
    const why = migConfigProblem(profile.config);
    if (why) {
      problems.push({
        severity: 'error',
        resourceId: profile.id,
        path: 'config',
        message: `MIG profile "${profile.name}" has an invalid config name: ${why}.`,
        rule: 'mig-config-invalid',
      });
    }
    if (!attached.has(profile.id)) {
      problems.push({
        severity: 'info',
        resourceId: profile.id,
        path: 'name',
        message: `MIG profile "${profile.name}" is attached to no NodePool: drag from it to a pool.`,
        rule: 'mig-unattached',
      });
    }
  }
  return problems;
}
