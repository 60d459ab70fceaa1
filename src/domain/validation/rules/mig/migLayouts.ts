import { migProfiles } from '../../../design/resources';
import type { Design } from '../../../design/types';
import { isNvidiaLayoutName } from '../../../mig/customMix';
import { migConfigProblem } from '../../../mig/migConfigs';
import { resolveLayout } from '../../../mig/migLayout';
import { sameData } from '../../../lib/sameData';
import type { Problem } from '../../problem';

/**
 * A layout must exist for its GPU and place on it: the MIG manager only finds out at apply time
 * and leaves the node `nvidia.com/mig.config.state=failed` with no MIG devices (NOTES.md 2.1).
 * A custom mix must not take one of NVIDIA's names, and one name on one GPU means one layout,
 * or the ConfigMap and the pools disagree about what the label asks for.
 */
export function migLayouts(design: Design): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { name: string; devices: unknown }>();
  for (const profile of migProfiles(design)) {
    // mig-config-invalid already says what is wrong with a name that is no label value.
    if (migConfigProblem(profile.config)) continue;
    const resolved = resolveLayout(profile);
    if (!resolved.ok) {
      problems.push({
        severity: 'error',
        resourceId: profile.id,
        path: 'config',
        message: `MIG profile "${profile.name}": ${resolved.reason}.`,
        detail: `${resolved.reason}.`,
        rule: 'mig-layout-invalid',
      });
      continue;
    }
    if (profile.devices && isNvidiaLayoutName(profile.config)) {
      problems.push({
        severity: 'error',
        resourceId: profile.id,
        path: 'config',
        message: `MIG profile "${profile.name}" names its custom mix ${profile.config}, one of NVIDIA's layout names: nodes could get NVIDIA's layout instead. Give the mix a name of its own.`,
        rule: 'mig-custom-name-taken',
      });
    }
    const key = `${profile.gpu}\u0000${profile.config}`;
    const other = seen.get(key);
    if (other && !sameData(other.devices, resolved.devices)) {
      problems.push({
        severity: 'error',
        resourceId: profile.id,
        path: 'config',
        message: `MIG profiles "${other.name}" and "${profile.name}" both call a different ${resolved.gpu.label} layout ${profile.config}: the label on the nodes can only mean one. Rename one of them.`,
        rule: 'mig-config-conflict',
      });
    } else seen.set(key, { name: profile.name, devices: resolved.devices });
  }
  return problems;
}
