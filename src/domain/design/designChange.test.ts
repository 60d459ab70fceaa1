import { describe, expect, it } from 'vitest';
import { changedResourceCount } from './designChange';
import { exampleDesign } from './example';
import { deleteResources } from './operations';
import type { Design } from './types';

const renamed = (design: Design, id: string): Design => {
  const resource = design.resources[id];
  if (resource?.kind !== 'NodePool') throw new Error(`no pool ${id}`);
  const manifest = {
    ...resource.manifest,
    metadata: { ...resource.manifest.metadata, name: `${resource.manifest.metadata.name}-x` },
  };
  return { ...design, resources: { ...design.resources, [id]: { ...resource, manifest } } };
};

describe('changedResourceCount', () => {
  const design = exampleDesign();
  const ids = Object.keys(design.resources);

  it('is zero for the same design, or a new design object with the same resources', () => {
    expect(changedResourceCount(design, design, 10)).toBe(0);
    expect(changedResourceCount(design, { ...design }, 10)).toBe(0);
  });

  it('counts a replaced resource once, whatever else is kept', () => {
    expect(changedResourceCount(design, renamed(design, 'np-general'), 10)).toBe(1);
  });

  it('counts removed and added resources', () => {
    const fewer = deleteResources(design, [ids[0] as string, ids[1] as string]);
    expect(changedResourceCount(design, fewer, 10)).toBe(2);
    expect(changedResourceCount(fewer, design, 10)).toBe(2);
  });

  it('counts a change of the other kinds as one', () => {
    const other = {
      id: 'o1',
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'c',
      text: 'kind: ConfigMap\n',
    };
    expect(changedResourceCount(design, { ...design, others: [other] }, 10)).toBe(1);
  });

  it('stops counting past the cap', () => {
    expect(changedResourceCount(design, { resources: {} }, 2)).toBe(3);
    expect(changedResourceCount({ resources: {} }, design, 2)).toBe(3);
    expect(changedResourceCount(design, { resources: {} }, 1000)).toBe(ids.length);
  });
});
