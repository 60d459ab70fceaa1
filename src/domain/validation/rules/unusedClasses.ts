import { ec2NodeClasses, nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import { nodeClassName } from '../../karpenter/edits/nodePoolEdits';
import type { Problem } from '../problem';

/** A class no pool references provisions nothing; usually a forgotten connection. */
export function unusedClasses(design: Design): Problem[] {
  const used = new Set(nodePools(design).map((p) => nodeClassName(p.manifest)));
  return ec2NodeClasses(design)
    .filter((c) => !used.has(c.manifest.metadata.name))
    .map((c) => ({
      severity: 'warning' as const,
      resourceId: c.id,
      path: 'metadata.name',
      message: `EC2NodeClass "${c.manifest.metadata.name}" is used by no NodePool, so it launches nothing: connect a NodePool to it or delete it.`,
      rule: 'nodeclass-unused',
    }));
}
