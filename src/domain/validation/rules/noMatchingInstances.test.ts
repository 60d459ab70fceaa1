import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { noMatchingInstances } from './noMatchingInstances';

const ARCH = 'kubernetes.io/arch';
const OS = 'kubernetes.io/os';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const TYPE = 'node.kubernetes.io/instance-type';
const GPUS = 'karpenter.k8s.aws/instance-gpu-count';

function findings(...requirements: ReturnType<typeof requirement>[]) {
  return noMatchingInstances(designOf(poolWith('gpu-spot', requirements)));
}

describe('noMatchingInstances', () => {
  it('finds nothing in the example design', () => {
    expect(noMatchingInstances(exampleDesign())).toEqual([]);
  });

  it('warns about arm64 with the x86-only GPU family g5, pointing at g5g', () => {
    const problems = findings(requirement(ARCH, 'In', 'arm64'), requirement(FAMILY, 'In', 'g5'));
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        resourceId: 'np-gpu-spot',
        path: 'spec.template.spec.requirements[1]',
        rule: 'requirements-no-instance',
      },
    ]);
    expect(problems[0]?.message).toBe(
      'NodePool "gpu-spot" can launch no instance: g5 is amd64-only but kubernetes.io/arch allows only arm64. Allow amd64, or pick the Graviton GPU family g5g.',
    );
  });

  it('accepts arm64 when one listed family is Graviton', () => {
    expect(
      findings(requirement(ARCH, 'In', 'arm64'), requirement(FAMILY, 'In', 'g5', 'g5g')),
    ).toEqual([]);
  });

  it('warns about amd64 with only Graviton families', () => {
    const problems = findings(
      requirement(ARCH, 'In', 'amd64'),
      requirement(FAMILY, 'In', 'm7g', 'c8g'),
    );
    expect(problems[0]?.message).toContain(
      'm7g, c8g are arm64-only but kubernetes.io/arch allows only amd64',
    );
    expect(problems[0]?.message).toContain('x86 families (c7i, m7i, r7i)');
  });

  it('checks listed instance types against the architecture too', () => {
    const problems = findings(
      requirement(ARCH, 'In', 'arm64'),
      requirement(TYPE, 'In', 'p5.48xlarge'),
    );
    expect(problems[0]?.message).toContain('p5.48xlarge is amd64-only');
  });

  it.each([
    ['In [0]', requirement(GPUS, 'In', '0')],
    ['Lt 1', requirement(GPUS, 'Lt', '1')],
  ])('warns about instance-gpu-count %s, which no instance carries', (_, gpus) => {
    const problems = findings(requirement(FAMILY, 'In', 'g5', 'g6'), gpus);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('use karpenter.k8s.aws/instance-gpu-count DoesNotExist');
  });

  it('warns about GPU families with instance-gpu-count DoesNotExist', () => {
    const problems = findings(requirement(FAMILY, 'In', 'p5'), requirement(GPUS, 'DoesNotExist'));
    expect(problems[0]?.message).toContain(
      'p5 always has NVIDIA H100 GPUs, but karpenter.k8s.aws/instance-gpu-count DoesNotExist keeps GPUs out',
    );
  });

  it('warns about CPU families with a GPU name requirement', () => {
    const problems = findings(
      requirement(FAMILY, 'In', 'm7i'),
      requirement('karpenter.k8s.aws/instance-gpu-name', 'In', 'h100'),
    );
    expect(problems[0]?.message).toContain('m7i has no GPU');
  });

  it('warns about GPU families whose GPU the gpu-name requirement excludes', () => {
    const problems = findings(
      requirement(FAMILY, 'In', 'g5'),
      requirement('karpenter.k8s.aws/instance-gpu-name', 'In', 'h100'),
    );
    expect(problems[0]?.message).toContain('g5 has NVIDIA A10G (a10g)');
  });

  it('warns when the category excludes every listed family', () => {
    const problems = findings(
      requirement('karpenter.k8s.aws/instance-category', 'In', 'c', 'm', 'r'),
      requirement(FAMILY, 'In', 'g5'),
    );
    expect(problems[0]?.message).toContain('g5 is in category g');
  });

  it('warns when the generation excludes every listed family', () => {
    const problems = findings(
      requirement('karpenter.k8s.aws/instance-generation', 'Gt', '5'),
      requirement(FAMILY, 'In', 'm5', 'c5'),
    );
    expect(problems[0]?.message).toContain('m5, c5 are generation 5');
  });

  it('warns about Windows with arm64', () => {
    const problems = findings(requirement(OS, 'In', 'windows'), requirement(ARCH, 'In', 'arm64'));
    expect(problems).toMatchObject([{ path: 'spec.template.spec.requirements[1]' }]);
    expect(problems[0]?.message).toContain('Windows AMIs run only on amd64');
  });

  it('warns about Windows with only Graviton families', () => {
    const problems = findings(requirement(OS, 'In', 'windows'), requirement(FAMILY, 'In', 'm7g'));
    expect(problems[0]?.message).toContain('m7g is arm64, and Windows AMIs run only on amd64');
  });

  it('assumes families it does not know fit, so it never guesses', () => {
    expect(findings(requirement(ARCH, 'In', 'arm64'), requirement(FAMILY, 'In', 'z9x'))).toEqual(
      [],
    );
  });

  it('leaves contradictory requirements to requirements-contradictory', () => {
    expect(
      findings(
        requirement(ARCH, 'In', 'arm64'),
        requirement(ARCH, 'NotIn', 'arm64'),
        requirement(FAMILY, 'In', 'g5'),
      ),
    ).toEqual([]);
  });
});
