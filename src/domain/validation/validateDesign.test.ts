import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import { designOf, migProfile, nodeClass, nodePool } from '../../../test/fixtures/fixtures';
import { CATALOG } from '../../../test/support/instanceCatalog';
import { validateDesign } from './validateDesign';

describe('validateDesign', () => {
  it('finds no errors and no warnings in the example design', () => {
    const problems = validateDesign(exampleDesign(), CATALOG);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  it('finds nothing in an empty design', () => {
    expect(validateDesign({ resources: {} }, CATALOG)).toEqual([]);
  });

  it('lists errors before warnings before infos', () => {
    const design = designOf(nodeClass('unused'), nodePool('orphan', 'gone'), migProfile('idle'));
    expect(validateDesign(design).map((p) => p.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('reports each problem against the resource it is about', () => {
    const problems = validateDesign(designOf(nodeClass('Bad_Name'), nodePool('web', 'Bad_Name')));
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'invalid-name', resourceId: 'nc-Bad_Name' }),
    ]);
  });
});
