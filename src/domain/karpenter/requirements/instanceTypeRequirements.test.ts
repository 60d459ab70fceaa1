import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, instanceType } from '../../../../test/support/instanceCatalog';
import type { NodeSelectorRequirement, RequirementOperator } from '../model/types';
import { describeRequirement, hasValue, requirementOf } from './requirement';
import { intersectsError, requirementsOf } from './requirements';
import { requirementsOfType, typesAdmitted } from './instanceTypeRequirements';

const K = 'karpenter.k8s.aws/';

function r(
  key: string,
  operator: RequirementOperator,
  ...values: string[]
): NodeSelectorRequirement {
  return { key, operator, values };
}

function admitted(...list: NodeSelectorRequirement[]) {
  return typesAdmitted(requirementsOf(list), CATALOG.types);
}

function described(typeName: string, key: string): string | undefined {
  const requirement = requirementsOfType(instanceType(typeName)).get(key);
  return requirement && describeRequirement(requirement);
}

describe('requirementsOfType (aws computeRequirements)', () => {
  it('gives m5.large its labels and DoesNotExist for the GPU keys it lacks', () => {
    expect(described('m5.large', `${K}instance-family`)).toBe(`${K}instance-family In [m5]`);
    expect(described('m5.large', `${K}instance-cpu`)).toBe(`${K}instance-cpu In [2]`);
    expect(described('m5.large', `${K}instance-gpu-count`)).toBe(
      `${K}instance-gpu-count DoesNotExist`,
    );
    expect(described('m5.large', `${K}instance-local-nvme`)).toBe(
      `${K}instance-local-nvme DoesNotExist`,
    );
  });

  it('gives p5.48xlarge its 8 H100s and 30400 GB of local NVMe', () => {
    expect(described('p5.48xlarge', `${K}instance-gpu-count`)).toBe(
      `${K}instance-gpu-count In [8]`,
    );
    expect(described('p5.48xlarge', `${K}instance-gpu-name`)).toBe(
      `${K}instance-gpu-name In [h100]`,
    );
    expect(described('p5.48xlarge', `${K}instance-local-nvme`)).toBe(
      `${K}instance-local-nvme In [30400]`,
    );
  });

  it('offers both tenancies, AL2023 Linux and no Windows build', () => {
    expect(described('m5.large', `${K}instance-tenancy`)).toBe(
      `${K}instance-tenancy In [dedicated default]`,
    );
    expect(described('m5.large', 'kubernetes.io/os')).toBe('kubernetes.io/os In [linux]');
    expect(described('m5.large', 'node.kubernetes.io/windows-build')).toBe(
      'node.kubernetes.io/windows-build DoesNotExist',
    );
  });

  it('gives bare metal an empty hypervisor value, not DoesNotExist', () => {
    expect(described('m5.metal', `${K}instance-hypervisor`)).toBe(`${K}instance-hypervisor In []`);
    expect(described('m5.large', `${K}instance-hypervisor`)).toBe(
      `${K}instance-hypervisor In [nitro]`,
    );
  });

  it('leaves offerings (zone, capacity type, region) to the engine', () => {
    const own = requirementsOfType(instanceType('m5.large'));
    expect(own.has('topology.kubernetes.io/zone')).toBe(false);
    expect(own.has('karpenter.sh/capacity-type')).toBe(false);
    expect(own.has('topology.kubernetes.io/region')).toBe(false);
  });

  it('is memoised per type', () => {
    const type = instanceType('c6g.xlarge');
    expect(requirementsOfType(type)).toBe(requirementsOfType(type));
  });
});

describe('typesAdmitted (core nodeclaim.go compatible)', () => {
  it('admits no type for instance-family In [g5] and arch In [arm64]: g5 is x86', () => {
    expect(
      admitted(r(`${K}instance-family`, 'In', 'g5'), r('kubernetes.io/arch', 'In', 'arm64')),
    ).toEqual([]);
  });

  it('admits the 65 types with a GPU count above 0 for instance-gpu-count Gt 0', () => {
    const labelled = CATALOG.types.filter((t) => t.labels[`${K}instance-gpu-count`] !== undefined);
    expect(labelled).toHaveLength(70);
    const result = admitted(r(`${K}instance-gpu-count`, 'Gt', '0'));
    expect(result).toEqual(labelled.filter((t) => t.labels[`${K}instance-gpu-count`] !== '0'));
    expect(result).toHaveLength(65);
  });

  it('excludes the fractional-GPU g6f and gr6f types from Gt 0: EC2 reports 0 GPUs for them', () => {
    const names = admitted(r(`${K}instance-gpu-count`, 'Gt', '0')).map((t) => t.name);
    expect(names).not.toContain('g6f.large');
    expect(names).not.toContain('gr6f.4xlarge');
    expect(names).toContain('g6.xlarge');
  });

  it('admits c, m and r types newer than generation 5', () => {
    const result = admitted(
      r(`${K}instance-category`, 'In', 'c', 'm', 'r'),
      r(`${K}instance-generation`, 'Gt', '5'),
    );
    const expected = CATALOG.types.filter(
      (t) =>
        ['c', 'm', 'r'].includes(t.labels[`${K}instance-category`] ?? '') &&
        Number(t.labels[`${K}instance-generation`]) > 5,
    );
    expect(result.length).toBeGreaterThan(100);
    expect(result).toEqual(expected);
  });

  it('admits only CPU types for instance-gpu-count DoesNotExist', () => {
    const result = admitted(r(`${K}instance-gpu-count`, 'DoesNotExist'));
    expect(result).toHaveLength(CATALOG.types.length - 70);
  });

  it('admits CPU types for instance-gpu-count NotIn [8]: NotIn meets DoesNotExist', () => {
    const result = admitted(r(`${K}instance-gpu-count`, 'NotIn', '8'));
    expect(result.map((t) => t.name)).toContain('m5.large');
    expect(result.map((t) => t.name)).not.toContain('p5.48xlarge');
  });

  it('admits every type for keys the types do not define (custom, zone, capacity type)', () => {
    const result = admitted(
      r('team', 'In', 'ml'),
      r('topology.kubernetes.io/zone', 'In', 'nowhere-1a'),
      r('karpenter.sh/capacity-type', 'In', 'spot'),
    );
    expect(result).toHaveLength(CATALOG.types.length);
  });

  it('admits only dedicated-capable types for tenancy In [dedicated]: all of them', () => {
    expect(admitted(r(`${K}instance-tenancy`, 'In', 'dedicated'))).toHaveLength(
      CATALOG.types.length,
    );
  });

  it('reads the deprecated beta arch key as kubernetes.io/arch', () => {
    const result = admitted(r('beta.kubernetes.io/arch', 'In', 'arm64'));
    expect(result.every((t) => t.arch === 'arm64')).toBe(true);
    expect(result.length).toBeGreaterThan(0);
  });
});

const ARCH = 'kubernetes.io/arch';
const FAMILY = `${K}instance-family`;
const CPU = `${K}instance-cpu`;
const OPERATORS: RequirementOperator[] = [
  'In',
  'NotIn',
  'Exists',
  'DoesNotExist',
  'Gt',
  'Lt',
  'Gte',
  'Lte',
];
const VALUES: Record<string, string[]> = {
  [ARCH]: ['amd64', 'arm64', 'x'],
  [FAMILY]: ['m5', 'c7g', 'g5', 'p5', 't3', 'nope'],
  [CPU]: ['1', '2', '4', '8', '16', '96', '192', 'abc'],
};

const requirementArbitrary = fc
  .record({
    key: fc.constantFrom(ARCH, FAMILY, CPU),
    operator: fc.constantFrom(...OPERATORS),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  })
  .map(({ key, operator, picks }): NodeSelectorRequirement => {
    const pool = VALUES[key] ?? [];
    const values = picks.map((i) => pool[i % pool.length] ?? '');
    if (operator === 'Exists' || operator === 'DoesNotExist') return { key, operator };
    if (['Gt', 'Lt', 'Gte', 'Lte'].includes(operator))
      return { key, operator, values: values.slice(0, 1) };
    return { key, operator, values };
  });

describe('typesAdmitted property (fast-check)', () => {
  it('admits a type iff its labels satisfy every requirement, and agrees with intersectsError', () => {
    fc.assert(
      fc.property(fc.array(requirementArbitrary, { minLength: 1, maxLength: 4 }), (list) => {
        const combined = requirementsOf(list);
        const result = new Set(typesAdmitted(combined, CATALOG.types));
        const wrong: string[] = [];
        for (const type of CATALOG.types) {
          const satisfies = list.every((source) => {
            const requirement = requirementOf(source);
            const value = type.labels[requirement.key];
            return value !== undefined && hasValue(requirement, value);
          });
          const viaError = intersectsError(requirementsOfType(type), combined) === undefined;
          if (result.has(type) !== satisfies || viaError !== satisfies) wrong.push(type.name);
        }
        expect(wrong, JSON.stringify(list)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
