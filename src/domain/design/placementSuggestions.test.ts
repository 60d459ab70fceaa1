import { describe, expect, it } from 'vitest';
import { designOf, migProfile } from '../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../test/support/instanceCatalog';
import { labelValueSuggestions, placementSuggestions } from './placementSuggestions';

const gpu = poolWith('gpu', [requirement('karpenter.k8s.aws/instance-family', 'In', 'g6', 'p5')], {
  template: { taints: [{ key: 'nvidia.com/gpu', effect: 'NoSchedule' }] },
});
const team = poolWith('team', [requirement('team.example.com/name', 'In', 'ml')]);

describe('what the workload form offers as you type', () => {
  it('offers the pools’ own label keys before the well-known ones', () => {
    const { labelKeys } = placementSuggestions(designOf(gpu, team));
    expect(labelKeys.slice(0, 3)).toEqual([
      'karpenter.k8s.aws/instance-family',
      'karpenter.sh/nodepool',
      'team.example.com/name',
    ]);
    expect(labelKeys).toContain('kubernetes.io/arch');
    expect(labelKeys).toContain('kubernetes.io/hostname');
  });

  it('offers the pools’ values first, then the catalog’s', () => {
    const suggestions = placementSuggestions(designOf(gpu, team));
    const families = labelValueSuggestions(
      suggestions,
      CATALOG,
      'karpenter.k8s.aws/instance-family',
    );
    expect(families.slice(0, 2)).toEqual(['g6', 'p5']);
    expect(families).toContain('m7i');
    expect(labelValueSuggestions(suggestions, undefined, 'kubernetes.io/arch')).toEqual([
      'amd64',
      'arm64',
    ]);
    expect(labelValueSuggestions(suggestions, undefined, 'karpenter.sh/nodepool')).toEqual([
      'gpu',
      'team',
    ]);
  });

  it('offers the pools’ taints to tolerate', () => {
    const { taintKeys } = placementSuggestions(designOf(gpu, team));
    expect(taintKeys).toEqual(['nvidia.com/gpu']);
  });

  it('offers the MIG devices a mixed profile advertises, and its layout label and taint', () => {
    const profile = { ...migProfile('h100', 'all-balanced'), taint: true };
    const pool = { ...poolWith('mig', []), migProfileId: profile.id };
    const suggestions = placementSuggestions(designOf(profile, pool));
    expect(suggestions.resources).toEqual(
      expect.arrayContaining(['cpu', 'nvidia.com/mig-1g.10gb', 'nvidia.com/mig-3g.40gb']),
    );
    expect(suggestions.poolValues.get('nvidia.com/mig.config')).toEqual(['all-balanced']);
    expect(suggestions.taintValues.get('nvidia.com/mig.config')).toEqual(['all-balanced']);
  });

  it('keeps the same suggestions while only workloads change', () => {
    const design = designOf(gpu, team);
    expect(placementSuggestions({ ...design })).toBe(placementSuggestions(design));
  });
});
