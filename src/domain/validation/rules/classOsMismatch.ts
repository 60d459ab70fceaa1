import { nodeClassesByName } from '../../design/nodeClassIndex';
import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { amiFamilyOf, isWindowsFamily } from '../../karpenter/facts/amiFamilies';
import { canMatchSomeInstance, OS } from '../../karpenter/facts/instanceMatch';
import {
  admitsValue,
  constraintsOf,
  labelConstraints,
} from '../../karpenter/model/labelConstraints';
import { nodeClassName } from '../../karpenter/edits/nodePoolEdits';
import type { Problem } from '../problem';

/**
 * The operating system of a pool's nodes comes from its EC2NodeClass, not from the pool: Karpenter
 * labels instance types `kubernetes.io/os=windows` only for a Windows AMI family, and then only
 * the amd64 ones, and `linux` for every other family (aws/karpenter-provider-aws,
 * pkg/providers/instancetype/types.go, `getOS`). A pool that requires the other OS, or a Windows
 * class under a pool that allows only arm64 instances, matches no instance type; the API server
 * cannot see this because it checks each resource alone. Custom families are not judged.
 */
export function classOsMismatch(design: Design): Problem[] {
  const problems: Problem[] = [];
  const classes = nodeClassesByName(design);
  for (const pool of nodePools(design)) {
    const [nodeClass, ...more] = classes.get(nodeClassName(pool.manifest)) ?? [];
    if (!nodeClass || more.length > 0) continue;
    const family = amiFamilyOf(nodeClass.manifest.spec);
    if (family === 'Custom') continue;
    const os = isWindowsFamily(family) ? 'windows' : 'linux';
    const { requirements } = pool.manifest.spec.template.spec;
    const own = constraintsOf(requirements);
    // Linux narrows nothing but the OS; Windows also rules out arm64 instances.
    const fits =
      os === 'linux'
        ? admitsValue(own.get(OS), os)
        : canMatchSomeInstance(
            labelConstraints([...requirements, { key: OS, operator: 'In', values: [os] }]),
          );
    // A pool that matches nothing on its own is reported by the requirement rules.
    if (fits || !canMatchSomeInstance(own)) continue;
    const poolName = pool.manifest.metadata.name;
    const className = nodeClass.manifest.metadata.name;
    const osConstraint = own.get(OS);
    const wrongOs = !admitsValue(osConstraint, os);
    const at = osConstraint?.indexes[osConstraint.indexes.length - 1];
    problems.push({
      severity: 'warning',
      resourceId: pool.id,
      path:
        wrongOs && at !== undefined
          ? `spec.template.spec.requirements[${at}]`
          : 'spec.template.spec.nodeClassRef.name',
      message: wrongOs
        ? `NodePool "${poolName}" requires a kubernetes.io/os other than ${os}, but its EC2NodeClass "${className}" boots ${family}, so all its instances are ${os}: no instance matches. Point the pool at a class with the OS it asks for, or change kubernetes.io/os.`
        : `NodePool "${poolName}" allows no amd64 instance, but its EC2NodeClass "${className}" boots ${family}, and Windows runs only on amd64: no instance matches. Allow amd64 instances, or use a Linux class for arm64.`,
      rule: 'nodeclass-os-mismatch',
    });
  }
  return problems;
}
