import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { nodeClassName } from '../../karpenter/edits/nodePoolEdits';
import { EC2NODECLASS_GROUP, EC2NODECLASS_KIND } from '../../karpenter/model/types';
import type { Problem } from '../problem';

const PATH = 'spec.template.spec.nodeClassRef';

/**
 * Karpenter cannot launch a node for a pool whose class is missing: the pool is never ready and
 * its pods stay Pending, even though the API server accepts the manifest.
 */
export function nodeClassReferences(design: Design): Problem[] {
  const classNames = new Set<string>();
  for (const r of Object.values(design.resources)) {
    if (r.kind === 'EC2NodeClass') classNames.add(r.manifest.metadata.name);
  }
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    const ref = pool.manifest.spec.template.spec.nodeClassRef;
    const name = pool.manifest.metadata.name;
    if (ref.group !== EC2NODECLASS_GROUP || ref.kind !== EC2NODECLASS_KIND) {
      problems.push({
        severity: 'error',
        resourceId: pool.id,
        path: PATH,
        message: `NodePool "${name}" references ${ref.kind || '(no kind)'} in group ${ref.group || '(no group)'}: on AWS it must be EC2NodeClass in karpenter.k8s.aws.`,
        rule: 'nodeclassref-kind',
      });
    }
    const className = nodeClassName(pool.manifest);
    if (className === '') {
      problems.push({
        severity: 'error',
        resourceId: pool.id,
        path: `${PATH}.name`,
        message: `NodePool "${name}" has no EC2NodeClass: connect it to one, or Karpenter cannot launch its nodes.`,
        rule: 'nodeclassref-missing',
      });
    } else if (!classNames.has(className)) {
      problems.push({
        severity: 'error',
        resourceId: pool.id,
        path: `${PATH}.name`,
        message: `NodePool "${name}" references EC2NodeClass "${className}", which is not in the design, so Karpenter cannot launch its nodes: add the class or point nodeClassRef at one.`,
        rule: 'nodeclassref-dangling',
      });
    }
  }
  return problems;
}
