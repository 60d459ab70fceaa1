import { nodeClassesByName } from '../../design/nodeClassIndex';
import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { amiFamilyOf, isWindowsFamily } from '../../karpenter/facts/amiFamilies';
import type { InstanceCatalog } from '../../karpenter/catalog/instanceType';
import { typesOnAnyOs, typesOnOs } from '../../karpenter/catalog/typesOnOs';
import { OS } from '../../karpenter/facts/labelKeys';
import { admitsValue, constraintsOf } from '../../karpenter/model/labelConstraints';
import { exportedPool } from '../../yaml/export/manifests';
import { requirementEntries, typesMeeting } from '../poolInstanceTypes';
import { nodeClassName } from '../../karpenter/edits/nodePoolEdits';
import type { Problem } from '../problem';

/**
 * The operating system of a pool's nodes comes from its EC2NodeClass, not from the pool: Karpenter
 * labels instance types `kubernetes.io/os=windows` only for a Windows AMI family, and then only
 * the amd64 ones, and `linux` for every other family (aws/karpenter-provider-aws,
 * pkg/providers/instancetype/types.go, `getOS`). A pool that requires the other OS, or a Windows
 * class under a pool that allows only arm64 instances, matches no instance type; the API server
 * cannot see this because it checks each resource alone. Custom families are not judged. Judged
 * against the catalog, labelled for the class's OS (typesOnOs.ts).
 */
export function classOsMismatch(design: Design, catalog?: InstanceCatalog): Problem[] {
  if (!catalog) return [];
  const problems: Problem[] = [];
  const classes = nodeClassesByName(design);
  for (const pool of nodePools(design)) {
    const [nodeClass, ...more] = classes.get(nodeClassName(pool.manifest)) ?? [];
    if (!nodeClass || more.length > 0) continue;
    const family = amiFamilyOf(nodeClass.manifest.spec);
    if (family === 'Custom') continue;
    const os = isWindowsFamily(family) ? 'windows' : 'linux';
    const entries = requirementEntries(exportedPool(design, pool));
    // A pool that matches nothing on its own is reported by the requirement rules.
    if (typesMeeting(entries, typesOnOs(catalog, os)).length > 0) continue;
    if (typesMeeting(entries, typesOnAnyOs(catalog)).length === 0) continue;
    const { requirements } = pool.manifest.spec.template.spec;
    const poolName = pool.manifest.metadata.name;
    const className = nodeClass.manifest.metadata.name;
    const osConstraint = constraintsOf(requirements).get(OS);
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
