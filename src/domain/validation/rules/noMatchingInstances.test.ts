import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { designOf } from '../../../../test/fixtures/fixtures';
import { poolWith, requirement } from '../../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../../test/support/instanceCatalog';
import { noMatchingInstances } from './noMatchingInstances';

const ARCH = 'kubernetes.io/arch';
const OS = 'kubernetes.io/os';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const TYPE = 'node.kubernetes.io/instance-type';
const GPUS = 'karpenter.k8s.aws/instance-gpu-count';
const CATEGORY = 'karpenter.k8s.aws/instance-category';

function findings(...requirements: ReturnType<typeof requirement>[]) {
  return noMatchingInstances(designOf(poolWith('gpu-spot', requirements)), CATALOG);
}

describe('noMatchingInstances', () => {
  it('finds nothing in the example design', () => {
    expect(noMatchingInstances(exampleDesign(), CATALOG)).toEqual([]);
  });

  it('says nothing until the catalog has loaded', () => {
    const design = designOf(
      poolWith('gpu-spot', [requirement(ARCH, 'In', 'arm64'), requirement(FAMILY, 'In', 'g5')]),
    );
    expect(noMatchingInstances(design)).toEqual([]);
  });

  it('warns about arm64 with the x86-only GPU family g5, pointing at g5g', () => {
    const problems = findings(requirement(ARCH, 'In', 'arm64'), requirement(FAMILY, 'In', 'g5'));
    expect(problems).toEqual([
      {
        severity: 'warning',
        resourceId: 'np-gpu-spot',
        path: 'spec.template.spec.requirements[1]',
        rule: 'requirements-no-instance',
        message:
          'NodePool "gpu-spot" can launch no instance type: kubernetes.io/arch In [arm64] and karpenter.k8s.aws/instance-family In [g5] exclude each other (karpenter.k8s.aws/instance-family In [g5] admits only kubernetes.io/arch amd64; kubernetes.io/arch In [arm64] admits GPU types only with karpenter.k8s.aws/instance-family g5g). Change one of them.',
      },
    ]);
  });

  it('accepts arm64 when one listed family is Graviton', () => {
    expect(
      findings(requirement(ARCH, 'In', 'arm64'), requirement(FAMILY, 'In', 'g5', 'g5g')),
    ).toEqual([]);
  });

  it('warns about amd64 with only Graviton families', () => {
    const [problem] = findings(
      requirement(ARCH, 'In', 'amd64'),
      requirement(FAMILY, 'In', 'm7g', 'c8g'),
    );
    expect(problem?.message).toContain(
      'karpenter.k8s.aws/instance-family In [m7g, c8g] admits only kubernetes.io/arch arm64',
    );
  });

  it('checks listed instance types against the architecture too', () => {
    const [problem] = findings(
      requirement(ARCH, 'In', 'arm64'),
      requirement(TYPE, 'In', 'p5.48xlarge'),
    );
    expect(problem?.message).toContain(
      'node.kubernetes.io/instance-type In [p5.48xlarge] admits only kubernetes.io/arch amd64',
    );
  });

  // The catalog is exact where the family table guessed: g6f and gr6f carry a fraction of a GPU
  // and label instance-gpu-count 0, so In [0] with g5/g6 is a conflict between two families.
  it.each([
    ['In [0]', requirement(GPUS, 'In', '0')],
    ['Lt 1', requirement(GPUS, 'Lt', '1')],
  ])('warns about GPU families with instance-gpu-count %s, naming what would match', (_, gpus) => {
    const [problem] = findings(requirement(FAMILY, 'In', 'g5', 'g6'), gpus);
    expect(problem?.message).toContain('admits only karpenter.k8s.aws/instance-family g6f or gr6f');
    expect(problem?.message).toContain(
      'karpenter.k8s.aws/instance-family In [g5, g6] admits only karpenter.k8s.aws/instance-gpu-count 1, 4 or 8',
    );
  });

  it('says that types without GPUs match only DoesNotExist', () => {
    const [problem] = findings(requirement(CATEGORY, 'In', 'c'), requirement(GPUS, 'In', '0'));
    expect(problem?.message).toContain(
      'admits only types without a karpenter.k8s.aws/instance-gpu-count label, which only karpenter.k8s.aws/instance-gpu-count DoesNotExist (or NotIn) matches',
    );
  });

  it('warns about GPU families with instance-gpu-count DoesNotExist', () => {
    const [problem] = findings(requirement(FAMILY, 'In', 'p5'), requirement(GPUS, 'DoesNotExist'));
    expect(problem?.message).toContain(
      'karpenter.k8s.aws/instance-family In [p5] admits only karpenter.k8s.aws/instance-gpu-count 1 or 8',
    );
  });

  it('warns about CPU families with a GPU name requirement', () => {
    const [problem] = findings(
      requirement(FAMILY, 'In', 'm7i'),
      requirement('karpenter.k8s.aws/instance-gpu-name', 'In', 'h100'),
    );
    expect(problem?.message).toContain(
      'karpenter.k8s.aws/instance-gpu-name In [h100] admits only karpenter.k8s.aws/instance-family p5',
    );
  });

  it('warns about GPU families whose GPU the gpu-name requirement excludes', () => {
    const [problem] = findings(
      requirement(FAMILY, 'In', 'g5'),
      requirement('karpenter.k8s.aws/instance-gpu-name', 'In', 'h100'),
    );
    expect(problem?.message).toContain(
      'karpenter.k8s.aws/instance-family In [g5] admits only karpenter.k8s.aws/instance-gpu-name a10g',
    );
  });

  it('warns when the category excludes every listed family', () => {
    const [problem] = findings(
      requirement(CATEGORY, 'In', 'c', 'm', 'r'),
      requirement(FAMILY, 'In', 'g5'),
    );
    expect(problem?.message).toContain('admits only karpenter.k8s.aws/instance-category g');
  });

  it('warns when the generation excludes every listed family', () => {
    const [problem] = findings(
      requirement('karpenter.k8s.aws/instance-generation', 'Gt', '5'),
      requirement(FAMILY, 'In', 'm5', 'c5'),
    );
    expect(problem?.message).toContain('admits only karpenter.k8s.aws/instance-generation 5');
  });

  it('warns about Windows with arm64', () => {
    const problems = findings(requirement(OS, 'In', 'windows'), requirement(ARCH, 'In', 'arm64'));
    expect(problems).toMatchObject([{ path: 'spec.template.spec.requirements[1]' }]);
    expect(problems[0]?.message).toContain('Windows AMIs run only on amd64');
  });

  it('warns about Windows with only Graviton families', () => {
    const [problem] = findings(requirement(OS, 'In', 'windows'), requirement(FAMILY, 'In', 'm7g'));
    expect(problem?.message).toContain(
      'karpenter.k8s.aws/instance-family In [m7g] admits only kubernetes.io/os linux',
    );
  });

  // The family table assumed unknown families fit; the catalog knows every type Karpenter does.
  it('names a family no type in the catalog has', () => {
    const problems = findings(requirement(ARCH, 'In', 'arm64'), requirement(FAMILY, 'In', 'z9x'));
    expect(problems).toMatchObject([{ path: 'spec.template.spec.requirements[1]' }]);
    expect(problems[0]?.message).toContain(
      "no EC2 instance type in Karpenter v1.14.1's catalog (1363 types) has karpenter.k8s.aws/instance-family In [z9x]",
    );
  });

  it('blames a template label as well as a requirement', () => {
    const pool = poolWith('gpu-spot', [requirement(FAMILY, 'In', 'g5')], {
      template: {},
    });
    const labelled = {
      ...pool,
      manifest: {
        ...pool.manifest,
        spec: {
          ...pool.manifest.spec,
          template: {
            ...pool.manifest.spec.template,
            metadata: { labels: { [ARCH]: 'arm64' } },
          },
        },
      },
    };
    const [problem] = noMatchingInstances(designOf(labelled), CATALOG);
    expect(problem?.message).toContain(
      'karpenter.k8s.aws/instance-family In [g5] and the template label kubernetes.io/arch=arm64 exclude each other',
    );
    expect(problem?.path).toBe('spec.template.metadata.labels[kubernetes.io/arch]');
  });

  it('names pairs when no single requirement is to blame', () => {
    const problems = findings(
      requirement(ARCH, 'In', 'arm64'),
      requirement(ARCH, 'In', 'arm64'),
      requirement(FAMILY, 'In', 'g5'),
      requirement(FAMILY, 'In', 'g5'),
    );
    expect(problems[0]?.message).toContain(
      'no single one is to blame; removing both of kubernetes.io/arch In [arm64] with kubernetes.io/arch In [arm64], or karpenter.k8s.aws/instance-family In [g5] with karpenter.k8s.aws/instance-family In [g5] gives types back',
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
