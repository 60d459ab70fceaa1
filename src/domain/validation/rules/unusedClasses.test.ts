import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf, nodeClass, nodePool } from '../../../../test/fixtures/fixtures';
import { unusedClasses } from './unusedClasses';

describe('unusedClasses', () => {
  it('finds nothing in the example design', () => {
    expect(unusedClasses(exampleDesign())).toEqual([]);
  });

  it('warns about a class no pool references', () => {
    const design = designOf(nodeClass('gpu'), nodeClass('spare'), nodePool('spot', 'gpu'));
    const problems = unusedClasses(design);
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'nc-spare',
        path: 'metadata.name',
        rule: 'nodeclass-unused',
      },
    ]);
    expect(problems[0]?.message).toContain('"spare"');
  });

  it('warns about a lone class in a design without pools', () => {
    expect(unusedClasses(designOf(nodeClass('gpu'))).map((p) => p.resourceId)).toEqual(['nc-gpu']);
  });
});
