import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import type { NodePoolResource } from '../design/types';
import { nodeClass, nodePool } from '../../../test/fixtures/fixtures';
import { cardText, ec2NodeClassFacts, nodePoolChips, nodePoolFacts } from './cardFacts';

function exampleResource(id: string) {
  const resource = exampleDesign().resources[id];
  if (!resource) throw new Error(`the example design has no ${id}`);
  return resource;
}

function withoutRequirements(pool: NodePoolResource): NodePoolResource {
  const { spec } = pool.manifest;
  return {
    ...pool,
    manifest: {
      ...pool.manifest,
      spec: { template: { spec: { ...spec.template.spec, requirements: [] } } },
    },
  };
}

describe('cardText', () => {
  it('says a NodePool’s capacity type, arch, weight and limits', () => {
    expect(cardText(exampleResource('np-gpu-spot'))).toEqual({
      kindLabel: 'NodePool',
      name: 'gpu-spot',
      facts: ['capacity: spot', 'arch: amd64', 'weight 50', 'limits: cpu 512, gpu 32'],
    });
  });

  it('says an EC2NodeClass’s AMI alias and role', () => {
    expect(cardText(exampleResource('nc-default'))).toEqual({
      kindLabel: 'EC2NodeClass',
      name: 'default',
      facts: ['ami: al2023@latest', 'role: KarpenterNodeRole-my-cluster'],
    });
  });

  it('says a MIG profile’s GPU and layout, by its own name', () => {
    const text = cardText(exampleResource('mig-h100-1g'));
    expect(text.kindLabel).toBe('MIG profile');
    expect(text.name).toBe('h100-balanced');
    expect(text.facts[0]).toContain('H100');
    expect(text.facts[1]).toBe('config: all-balanced');
    expect(text.facts[2]).toContain('1g.10gb');
  });
});

describe('nodePoolFacts', () => {
  it('falls back to other requirements when a pool sets no headline fields', () => {
    const pool = nodePool('web');
    const { spec } = pool.manifest;
    const bare: NodePoolResource = {
      ...pool,
      manifest: {
        ...pool.manifest,
        spec: {
          template: {
            spec: {
              ...spec.template.spec,
              requirements: [
                { key: 'karpenter.k8s.aws/instance-family', operator: 'In', values: ['m7i'] },
              ],
            },
          },
        },
      },
    };
    expect(nodePoolFacts(bare)).toEqual(['family: m7i']);
  });

  it('says so when a pool has no requirements at all', () => {
    expect(nodePoolFacts(withoutRequirements(nodePool('any')))).toEqual(['no requirements']);
  });
});

describe('ec2NodeClassFacts', () => {
  it('names the AMI family when the terms are not an alias', () => {
    const base = nodeClass('custom');
    const custom = {
      ...base,
      manifest: {
        ...base.manifest,
        spec: {
          ...base.manifest.spec,
          amiFamily: 'Bottlerocket',
          amiSelectorTerms: [{ id: 'ami-0123' }],
        },
      },
    };
    expect(ec2NodeClassFacts(custom)).toEqual([
      'ami: ami-0123',
      'family: Bottlerocket',
      'role: KarpenterNodeRole-my-cluster',
    ]);
  });
});

describe('nodePoolChips', () => {
  it('says the weight, how many taints and MIG, and nothing for a plain pool', () => {
    const plain = nodePool('plain');
    expect(nodePoolChips(plain)).toEqual([]);
    const { spec } = plain.manifest;
    const busy: NodePoolResource = {
      ...plain,
      migProfileId: 'mig-a',
      manifest: {
        ...plain.manifest,
        spec: {
          ...spec,
          weight: 20,
          template: {
            ...spec.template,
            spec: {
              ...spec.template.spec,
              taints: [
                { key: 'nvidia.com/gpu', effect: 'NoSchedule' },
                { key: 'team', value: 'ml', effect: 'NoSchedule' },
              ],
            },
          },
        },
      },
    };
    expect(nodePoolChips(busy)).toEqual(['weight 20', '2 taint(s)', 'MIG']);
  });
});
