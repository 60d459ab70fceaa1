import { describe, expect, it } from 'vitest';
import { isResourceKind, KINDS, kindWithArticle, RESOURCE_KINDS } from './kinds';

describe('the kinds table', () => {
  it('lists the kinds in palette order', () => {
    expect(RESOURCE_KINDS).toEqual(['NodePool', 'EC2NodeClass', 'MigProfile', 'Workload']);
  });

  it('knows only its own kinds, not what every object inherits', () => {
    expect(isResourceKind('EC2NodeClass')).toBe(true);
    expect(isResourceKind('Deployment')).toBe(false);
    expect(isResourceKind('constructor')).toBe(false);
  });

  it('puts the right article before each kind', () => {
    expect(RESOURCE_KINDS.map(kindWithArticle)).toEqual([
      'a NodePool',
      'an EC2NodeClass',
      'a MIG profile',
      'a Workload',
    ]);
  });

  it('keeps the node types acceptance tests rely on', () => {
    expect(RESOURCE_KINDS.map((kind) => KINDS[kind].nodeType)).toEqual([
      'nodePool',
      'ec2NodeClass',
      'migProfile',
      'workload',
    ]);
  });

  it('gives every kind its own id prefix, name prefix and CSS name', () => {
    for (const facet of ['idPrefix', 'namePrefix', 'variant', 'nodeType'] as const) {
      const values = RESOURCE_KINDS.map((kind) => KINDS[kind][facet]);
      expect(new Set(values).size).toBe(values.length);
    }
  });
});
