import { describe, expect, it } from 'vitest';
import { exampleDesign } from './example';
import { deleteResources, renameResource } from './operations';
import { ec2NodeClasses, nodePools, resourceName } from './resources';

describe('the lists of a design', () => {
  it('follow every edit, though each design keeps its own', () => {
    const design = exampleDesign();
    const pools = nodePools(design);
    expect(nodePools(design)).toBe(pools);
    const fewer = deleteResources(design, ['np-general']);
    expect(nodePools(fewer).map(resourceName)).not.toContain('general');
    expect(nodePools(design).map(resourceName)).toContain('general');
    expect(ec2NodeClasses(fewer)).toHaveLength(ec2NodeClasses(design).length);
    const renamed = renameResource(design, 'np-general', 'general-2');
    expect(nodePools(renamed).map(resourceName)).toContain('general-2');
    expect(nodePools(renamed).map(resourceName)).not.toContain('general');
  });
});
