import { describe, expect, it } from 'vitest';
import { ignoredReason } from './ignoredPods';
import type { NodeSelectorTerm, PodNodeSelectorRequirement, PodSpec } from './workload';

function requiring(...expressions: PodNodeSelectorRequirement[]): PodSpec {
  return withTerms({ matchExpressions: expressions });
}

function withTerms(...nodeSelectorTerms: NodeSelectorTerm[]): PodSpec {
  return {
    containers: [],
    affinity: {
      nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms } },
    },
  };
}

function selecting(nodeSelector: Record<string, string>): PodSpec {
  return { containers: [], nodeSelector };
}

const RESTRICTED =
  'is not allowed as it might interfere with the internal provisioning logic; specify a well known label, or a custom label that does not use a restricted domain';

describe('ignoredReason (Provisioner.Validate, spec 1.1)', () => {
  it('accepts a plain pod, well-known keys and custom labels', () => {
    expect(ignoredReason({ containers: [] })).toBeUndefined();
    expect(
      ignoredReason(
        selecting({
          'kubernetes.io/arch': 'arm64',
          'karpenter.sh/capacity-type': 'spot',
          'karpenter.k8s.aws/instance-family': 'm7g',
          'topology.k8s.aws/zone-id': 'use1-az1',
          'node.kubernetes.io/lifecycle': 'x',
          'example.com/team': 'a',
        }),
      ),
    ).toBeUndefined();
  });

  it('ignores a pod selecting kubernetes.io/hostname', () => {
    const ignored = ignoredReason(selecting({ 'kubernetes.io/hostname': 'ip-10-0-0-1' }));
    expect(ignored?.reason).toBe(`using label kubernetes.io/hostname ${RESTRICTED}`);
    expect(ignored?.detail).toMatch(/names nodes itself/);
  });

  it('ignores an unknown karpenter.sh or karpenter.k8s.aws key, even under a subdomain', () => {
    expect(ignoredReason(selecting({ 'karpenter.sh/do-not-disrupt': 'true' }))?.reason).toBe(
      `using label karpenter.sh/do-not-disrupt ${RESTRICTED}`,
    );
    expect(
      ignoredReason(requiring({ key: 'karpenter.k8s.aws/instance-pods', operator: 'Exists' }))
        ?.reason,
    ).toBe(`using label karpenter.k8s.aws/instance-pods ${RESTRICTED}`);
    expect(ignoredReason(selecting({ 'x.karpenter.sh/y': 'z' }))?.reason).toMatch(/is not allowed/);
  });

  it('restricts only the karpenter.sh and karpenter.k8s.aws domains, as v1.14.1 does', () => {
    // RestrictedLabelDomains at v1.14.1 is core's apis.Group plus the provider's group; older
    // releases also listed kubernetes.io and k8s.io.
    expect(ignoredReason(selecting({ 'node-role.kubernetes.io/worker': '' }))).toBeUndefined();
    expect(ignoredReason(selecting({ 'example.k8s.io/x': 'y' }))).toBeUndefined();
    expect(ignoredReason(selecting({ 'team.karpenter.sh/x': 'y' }))?.reason).toMatch(
      /is not allowed/,
    );
    expect(ignoredReason(selecting({ 'karpenter.k8s.aws/anything': 'y' }))?.reason).toMatch(
      /restricted/,
    );
  });

  it('accepts deprecated keys, normalised before the check', () => {
    expect(ignoredReason(selecting({ 'beta.kubernetes.io/arch': 'amd64' }))).toBeUndefined();
    expect(
      ignoredReason(selecting({ 'failure-domain.beta.kubernetes.io/zone': 'a' })),
    ).toBeUndefined();
  });

  it('marks a karpenter.k8s.aws/ec2nodeclass selector as ignored but uncertain', () => {
    const ignored = ignoredReason(selecting({ 'karpenter.k8s.aws/ec2nodeclass': 'default' }));
    expect(ignored?.uncertain).toBe(true);
    expect(ignored?.detail).toMatch(/Uncertain/);
  });

  it('ignores an unsupported operator, naming Gte and Lte as NodePool-only', () => {
    const ignored = ignoredReason(
      requiring({ key: 'karpenter.k8s.aws/instance-cpu', operator: 'Gte', values: ['4'] }),
    );
    expect(ignored?.reason).toBe(
      'key karpenter.k8s.aws/instance-cpu has an unsupported operator Gte not in [In NotIn Gt Lt Exists DoesNotExist]',
    );
    expect(ignored?.detail).toMatch(/NodePool requirements only/);
  });

  it('ignores In without values', () => {
    expect(
      ignoredReason(requiring({ key: 'example.com/team', operator: 'In', values: [] }))?.reason,
    ).toBe('key example.com/team with operator In must have a value defined');
  });

  it.each([[['1', '2']], [['x']], [['-1']], [[]], [['1.5']]])(
    'ignores Gt with values %j',
    (values) => {
      expect(
        ignoredReason(requiring({ key: 'example.com/n', operator: 'Gt', values }))?.reason,
      ).toBe('key example.com/n with operator Gt must have a single positive integer value');
    },
  );

  it('accepts Gt and Lt with one non-negative integer', () => {
    expect(
      ignoredReason(requiring({ key: 'example.com/n', operator: 'Lt', values: ['0'] })),
    ).toBeUndefined();
    expect(
      ignoredReason(requiring({ key: 'example.com/n', operator: 'Gt', values: ['+8'] })),
    ).toBeUndefined();
  });

  it('ignores a matchFields term, even an empty one', () => {
    const reason = 'node selector term with matchFields is not supported';
    expect(
      ignoredReason(
        withTerms({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n'] }] }),
      )?.reason,
    ).toBe(reason);
    expect(ignoredReason(withTerms({ matchFields: [] }))?.reason).toBe(reason);
  });

  it('validates every required term, not only the first', () => {
    const spec = withTerms(
      { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] }] },
      { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['n'] }] },
    );
    expect(ignoredReason(spec)?.reason).toMatch(/hostname/);
  });

  it('never validates preferred terms', () => {
    const spec: PodSpec = {
      containers: [],
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 1,
              preference: {
                matchExpressions: [
                  { key: 'kubernetes.io/hostname', operator: 'In', values: ['n'] },
                ],
              },
            },
          ],
        },
      },
    };
    expect(ignoredReason(spec)).toBeUndefined();
  });

  it('ignores capacity-type In without a valid value, but accepts one valid value among others', () => {
    expect(ignoredReason(selecting({ 'karpenter.sh/capacity-type': 'ondemand' }))?.reason).toBe(
      'no valid values found in [ondemand] for karpenter.sh/capacity-type, expected one of: [on-demand spot reserved], got: [ondemand]',
    );
    expect(
      ignoredReason(
        requiring({
          key: 'karpenter.sh/capacity-type',
          operator: 'In',
          values: ['ondemand', 'spot'],
        }),
      ),
    ).toBeUndefined();
    expect(
      ignoredReason(
        requiring({ key: 'karpenter.sh/capacity-type', operator: 'NotIn', values: ['x'] }),
      ),
    ).toBeUndefined();
  });

  it('ignores instance-tenancy In without default or dedicated', () => {
    expect(
      ignoredReason(selecting({ 'karpenter.k8s.aws/instance-tenancy': 'host' }))?.reason,
    ).toMatch(/^no valid values found in \[host\] for karpenter.k8s.aws\/instance-tenancy/);
  });

  it('treats karpenter.sh/nodepool DoesNotExist as an opt-out', () => {
    const ignored = ignoredReason(
      requiring({ key: 'karpenter.sh/nodepool', operator: 'DoesNotExist' }),
    );
    expect(ignored).toMatchObject({
      reason: 'configured to not run on a Karpenter provisioned node',
      optOut: true,
    });
  });

  it('sees the opt-out in the heaviest preferred term too, as Karpenter reads the pod requirements', () => {
    const spec: PodSpec = {
      containers: [],
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 1,
              preference: {
                matchExpressions: [{ key: 'karpenter.sh/nodepool', operator: 'DoesNotExist' }],
              },
            },
          ],
        },
      },
    };
    expect(ignoredReason(spec)?.optOut).toBe(true);
  });

  it('accepts selecting a NodePool by name', () => {
    expect(ignoredReason(selecting({ 'karpenter.sh/nodepool': 'gpu' }))).toBeUndefined();
  });
});
