import { describe, expect, it } from 'vitest';
import { readTestData } from '../../../../test/support/testData';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { parseQuantity } from '../../lib/quantity';
import { allocatableOf } from './allocatable';
import { DEFAULT_NODE_CLASS_SETTINGS } from './nodeClassSettings';

/** The reference page's Resources table per type: allocatable for AL2023 without overrides. */
function referenceAllocatable(): Map<string, Record<string, number>> {
  const page = readTestData('karpenter-instance-types/instance-types-v1.14.md');
  const byType = new Map<string, Record<string, number>>();
  let current: Record<string, number> | undefined;
  let inResources = false;
  for (const line of page.split('\n')) {
    const heading = /^### `([^`]+)`/.exec(line);
    if (heading) {
      current = {};
      byType.set(heading[1]!, current);
      inResources = false;
    } else if (line.startsWith('#')) {
      inResources = line.startsWith('#### Resources');
    } else if (current && inResources) {
      const row = /^ \|([^|]+)\|([^|]+)\|$/.exec(line);
      const amount = parseQuantity(row?.[2]);
      if (row && amount !== undefined) current[row[1]!] = amount;
    }
  }
  return byType;
}

/**
 * Types whose `vpc.amazonaws.com/pod-eni` the page leaves out although v1.14.1's
 * zz_generated.vpclimits.go (what types.go :: awsPodENI reads) marks them trunking-capable. For a
 * type missing from `Limits`, awsPodENI gives 0 while pods still come from EC2's live data, so
 * the page was generated against a Limits map without these (new c9g/c9gd, metal-Nxl sizes).
 * We follow the code; the scheduler's "uncertain" wording should say so for pod-eni here.
 */
const POD_ENI_NEWER_THAN_PAGE = new Set(
  (
    'c8gb.metal-24xl c8gb.metal-48xl c8gn.metal-24xl c8gn.metal-48xl c8ib.metal-48xl ' +
    'c8ib.metal-96xl c9g.medium c9g.large c9g.xlarge c9g.2xlarge c9g.4xlarge c9g.8xlarge ' +
    'c9g.12xlarge c9g.16xlarge c9g.24xlarge c9g.48xlarge c9g.metal-48xl c9gd.medium c9gd.large ' +
    'c9gd.xlarge c9gd.2xlarge c9gd.4xlarge c9gd.8xlarge c9gd.12xlarge c9gd.16xlarge ' +
    'c9gd.24xlarge c9gd.48xlarge c9gd.metal-48xl hpc7g.4xlarge hpc7g.8xlarge hpc7g.16xlarge ' +
    'i4i.large m8gb.metal-24xl m8gb.metal-48xl m8gn.metal-24xl m8gn.metal-48xl m8ib.metal-48xl ' +
    'm8ib.metal-96xl m8idb.metal-48xl m8idb.metal-96xl m8idn.metal-48xl m8idn.metal-96xl ' +
    'm8in.metal-48xl m8in.metal-96xl r8gb.metal-24xl r8gb.metal-48xl r8gn.metal-24xl ' +
    'r8gn.metal-48xl r8ib.metal-48xl r8ib.metal-96xl r8idb.metal-48xl r8idb.metal-96xl ' +
    'r8idn.metal-48xl r8idn.metal-96xl r8in.metal-48xl r8in.metal-96xl'
  ).split(' '),
);

/**
 * Types missing from zz_generated.vpclimits.go: Karpenter reads their ENIs from EC2 at run time,
 * so their pods are the page's own value (`podsWithoutEniFacts`), not derived. Their cpu, memory
 * and ephemeral storage are still derived (kube-reserved memory from those pods).
 */
const WITHOUT_ENI_FACTS = [
  'hpc6a.48xlarge',
  'hpc6id.32xlarge',
  'hpc7a.12xlarge',
  'hpc7a.24xlarge',
  'hpc7a.48xlarge',
  'hpc7a.96xlarge',
  'hpc8a.96xlarge',
  'trn2.48xlarge',
];

/** Milli-units for cpu (what the page prints), base units for the rest. */
function comparable(resource: string, value: number | undefined): number {
  return resource === 'cpu' ? Math.round((value ?? 0) * 1000) : (value ?? 0);
}

describe('allocatable reproduces the reference page for every instance type', () => {
  it('derives cpu, memory, pods, ephemeral-storage and extended resources from capacity and ENI facts', () => {
    const reference = referenceAllocatable();
    expect(reference.size).toBe(1363);
    const diffs: string[] = [];
    for (const type of CATALOG.types) {
      const expected = reference.get(type.name) ?? {};
      const got = allocatableOf(type, DEFAULT_NODE_CLASS_SETTINGS);
      for (const resource of new Set([...Object.keys(expected), ...Object.keys(got)])) {
        const want = comparable(resource, expected[resource]);
        const have = comparable(resource, got[resource]);
        if (resource === 'vpc.amazonaws.com/pod-eni' && POD_ENI_NEWER_THAN_PAGE.has(type.name)) {
          expect(have, type.name).toBe(type.eni?.branchEnis);
          continue;
        }
        if (want !== have) diffs.push(`${type.name} ${resource}: expected ${want}, got ${have}`);
      }
    }
    expect(diffs, diffs.slice(0, 40).join('\n')).toEqual([]);
  });

  it('takes pods from the page only for the 8 types without ENI facts', () => {
    expect(CATALOG.types.filter((t) => t.eni === undefined).map((t) => t.name)).toEqual(
      WITHOUT_ENI_FACTS,
    );
  });
});
