import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validateManifest, validateYamlDocuments, type OracleResult } from './crdOracle';
import { collectRules, compileRule, toCelValue } from './crd-oracle/cel';
import { crdDirectory, loadKarpenterCrds, type CrdVersion } from './crd-oracle/loadCrds';
import { isObject, type Issue } from './crd-oracle/types';
import { decodeForCreate } from './crd-oracle/validate';

type Manifest = Record<string, unknown>;

function minimalNodePool(): Manifest {
  return {
    apiVersion: 'karpenter.sh/v1',
    kind: 'NodePool',
    metadata: { name: 'default' },
    spec: {
      template: {
        spec: {
          requirements: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] }],
          nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'default' },
        },
      },
    },
  };
}

function richNodePool(): Manifest {
  return {
    apiVersion: 'karpenter.sh/v1',
    kind: 'NodePool',
    metadata: {
      name: 'gpu-workloads',
      labels: { team: 'ml', 'app.kubernetes.io/managed-by': 'nodepool-designer' },
      annotations: { 'example.com/owner': 'ml-platform' },
    },
    spec: {
      template: {
        metadata: {
          labels: {
            'workload-type': 'gpu',
            'karpenter.sh/capacity-type': 'on-demand',
            'karpenter.k8s.aws/instance-family': 'p5',
          },
          annotations: { 'example.com/note': 'designed' },
        },
        spec: {
          nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'gpu' },
          requirements: [
            { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot', 'on-demand'] },
            {
              key: 'karpenter.k8s.aws/instance-category',
              operator: 'In',
              values: ['c', 'm', 'r'],
              minValues: 2,
            },
            { key: 'karpenter.k8s.aws/instance-generation', operator: 'Gt', values: ['5'] },
            { key: 'karpenter.k8s.aws/instance-cpu', operator: 'Lte', values: ['64'] },
            { key: 'kubernetes.io/arch', operator: 'NotIn', values: ['arm64'] },
            { key: 'example.com/gpu', operator: 'Exists' },
          ],
          taints: [{ key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' }],
          startupTaints: [
            {
              key: 'example.com/initializing',
              effect: 'NoExecute',
              timeAdded: '2024-05-01T10:00:00Z',
            },
          ],
          expireAfter: '720h',
          terminationGracePeriod: '48h',
        },
      },
      limits: { cpu: 1000, memory: '1000Gi', 'nvidia.com/gpu': 16 },
      weight: 50,
      disruption: {
        consolidationPolicy: 'WhenEmptyOrUnderutilized',
        consolidateAfter: '5m',
        budgets: [
          { nodes: '10%' },
          {
            nodes: '0',
            schedule: '0 9 * * mon-fri',
            duration: '8h',
            reasons: ['Drifted', 'Underutilized'],
          },
        ],
      },
    },
  };
}

/** A static NodePool: replicas with only `limits.nodes`, no weight. */
function staticNodePool(): Manifest {
  return withField(withField(minimalNodePool(), 'spec.replicas', 3), 'spec.limits', { nodes: 5 });
}

function minimalEc2NodeClass(): Manifest {
  return {
    apiVersion: 'karpenter.k8s.aws/v1',
    kind: 'EC2NodeClass',
    metadata: { name: 'default' },
    spec: {
      role: 'KarpenterNodeRole-my-cluster',
      amiSelectorTerms: [{ alias: 'al2023@latest' }],
      subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'my-cluster' } }],
      securityGroupSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'my-cluster' } }],
    },
  };
}

function richEc2NodeClass(): Manifest {
  return {
    apiVersion: 'karpenter.k8s.aws/v1',
    kind: 'EC2NodeClass',
    metadata: { name: 'gpu', labels: { team: 'ml' } },
    spec: {
      role: 'KarpenterNodeRole-my-cluster',
      amiFamily: 'AL2023',
      amiSelectorTerms: [{ alias: 'al2023@v20240807' }],
      subnetSelectorTerms: [
        { tags: { 'karpenter.sh/discovery': 'my-cluster' } },
        { id: 'subnet-0123456789abcdef0' },
      ],
      securityGroupSelectorTerms: [
        { tags: { 'karpenter.sh/discovery': 'my-cluster' } },
        { name: 'my-cluster-node' },
        { id: 'sg-0123456789abcdef0' },
      ],
      capacityReservationSelectorTerms: [
        { id: 'cr-0123456789abcdef0' },
        { tags: { purpose: 'training' }, ownerID: '123456789012' },
      ],
      associatePublicIPAddress: false,
      blockDeviceMappings: [
        {
          deviceName: '/dev/xvda',
          rootVolume: true,
          ebs: {
            volumeSize: '100Gi',
            volumeType: 'gp3',
            iops: 3000,
            throughput: 125,
            encrypted: true,
            deleteOnTermination: true,
          },
        },
        {
          deviceName: '/dev/xvdb',
          ebs: { snapshotID: 'snap-0123456789abcdef0', volumeInitializationRate: 200 },
        },
      ],
      instanceStorePolicy: 'RAID0',
      kubelet: {
        maxPods: 110,
        podsPerCore: 10,
        systemReserved: { cpu: '100m', memory: '100Mi', 'ephemeral-storage': '1Gi' },
        kubeReserved: { cpu: '200m', memory: '100Mi', pid: '1000' },
        evictionHard: { 'memory.available': '5%', 'nodefs.available': '10%' },
        evictionSoft: { 'memory.available': '500Mi' },
        evictionSoftGracePeriod: { 'memory.available': '1m' },
        evictionMaxPodGracePeriod: 60,
        imageGCHighThresholdPercent: 85,
        imageGCLowThresholdPercent: 80,
        cpuCFSQuota: true,
        clusterDNS: ['10.100.0.10'],
      },
      metadataOptions: {
        httpEndpoint: 'enabled',
        httpProtocolIPv6: 'disabled',
        httpPutResponseHopLimit: 2,
        httpTokens: 'required',
      },
      tags: { team: 'ml', 'example.com/cost-center': '1234' },
      userData: '#!/bin/bash\necho hello\n',
      detailedMonitoring: true,
      connectionTracking: { tcpEstablishedTimeout: 3600 },
      cpuOptions: { nestedVirtualization: 'disabled' },
      ipPrefixCount: 2,
      networkInterfaces: [
        { networkCardIndex: 0, deviceIndex: 0, interfaceType: 'interface' },
        { networkCardIndex: 1, deviceIndex: 0, interfaceType: 'efa-only' },
      ],
      placementGroupSelector: { name: 'training-cluster' },
    },
  };
}

/** An EC2NodeClass using an instance profile and explicit AMI selection instead of an alias. */
function customAmiEc2NodeClass(): Manifest {
  return {
    apiVersion: 'karpenter.k8s.aws/v1',
    kind: 'EC2NodeClass',
    metadata: { name: 'custom-ami' },
    spec: {
      instanceProfile: 'KarpenterNodeInstanceProfile',
      amiFamily: 'Custom',
      amiSelectorTerms: [
        { id: 'ami-0123456789abcdef0' },
        { name: 'my-golden-image-*', owner: 'self' },
        { tags: { 'example.com/image': 'golden' } },
        { ssmParameter: '/my/ami/parameter' },
      ],
      subnetSelectorTerms: [{ id: 'subnet-0123456789abcdef0' }],
      securityGroupSelectorTerms: [{ id: 'sg-0123456789abcdef0' }],
      placementGroupSelector: { id: 'pg-0123456789abcdef0' },
    },
  };
}

/** A deep copy with the dotted path set (missing objects created), or removed when undefined. */
function withField(manifest: Manifest, path: string, value: unknown): Manifest {
  const copy = structuredClone(manifest);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node: Manifest = copy;
  for (const key of keys) {
    const next = node[key];
    if (next !== undefined && !isObject(next))
      throw new Error(`${key} in ${path} is not an object`);
    node = next ?? (node[key] = {});
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function expectValid(result: OracleResult): void {
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
}

/** Rejected, and for a reason containing `fragment` (usually `path: message`). */
function expectRejected(result: OracleResult, fragment: string): void {
  expect(result.valid).toBe(false);
  expect(result.errors).toEqual(expect.arrayContaining([expect.stringContaining(fragment)]));
}

/** Rejected for exactly one reason, so a rule firing by accident would show up. */
function expectOnlyError(result: OracleResult, fragment: string): void {
  expect(result.valid).toBe(false);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toContain(fragment);
}

describe('crdOracle: valid manifests', () => {
  it('reads the CRDs from the copies in test/data inside the repository', () => {
    expect(crdDirectory()).toMatch(/[/\\]test[/\\]data[/\\]karpenter-crds$/);
    const kinds = loadKarpenterCrds().versions.map((v) => `${v.group}/${v.version}/${v.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'karpenter.sh/v1/NodePool',
        'karpenter.k8s.aws/v1/EC2NodeClass',
        'karpenter.sh/v1alpha1/NodeOverlay',
        'karpenter.sh/v1/NodeClaim',
      ]),
    );
  });

  it('accepts a minimal NodePool', () => {
    expectValid(validateManifest(minimalNodePool()));
  });

  it('accepts a minimal EC2NodeClass', () => {
    expectValid(validateManifest(minimalEc2NodeClass()));
  });

  it('accepts a NodePool using taints, labels, limits, weight, disruption budgets and requirement operators', () => {
    expectValid(validateManifest(richNodePool()));
  });

  it('accepts an EC2NodeClass using block devices, kubelet, metadataOptions, tags and the other optional blocks', () => {
    expectValid(validateManifest(richEc2NodeClass()));
  });

  it('accepts an EC2NodeClass with an instance profile and id, name, tags and ssmParameter AMI terms', () => {
    expectValid(validateManifest(customAmiEc2NodeClass()));
  });

  it('accepts a static NodePool whose only limit is nodes', () => {
    expectValid(validateManifest(staticNodePool()));
  });

  it('accepts windows and bottlerocket aliases with a matching amiFamily', () => {
    for (const [alias, amiFamily] of [
      ['windows2022@latest', 'Windows2022'],
      ['bottlerocket@v1.20.0', 'Bottlerocket'],
      ['al2@latest', 'Custom'],
    ] as const) {
      const manifest = withField(
        withField(minimalEc2NodeClass(), 'spec.amiSelectorTerms', [{ alias }]),
        'spec.amiFamily',
        amiFamily,
      );
      expectValid(validateManifest(manifest));
    }
  });

  it('accepts a NodePool without a disruption block because its default is complete', () => {
    // The default `{consolidateAfter: 0s}` is itself defaulted (policy, budgets) before the checks.
    const issues: Issue[] = [];
    const crd = loadKarpenterCrds().byGvk.get('karpenter.sh/v1/NodePool');
    if (crd === undefined) throw new Error('NodePool CRD not loaded');
    const decoded = decodeForCreate(minimalNodePool(), crd, issues);
    expect(issues).toEqual([]);
    expect(decoded?.['spec']).toMatchObject({
      disruption: {
        consolidateAfter: '0s',
        consolidationPolicy: 'WhenEmptyOrUnderutilized',
        budgets: [{ nodes: '10%' }],
      },
      template: { spec: { expireAfter: '720h' } },
    });
    expectValid(validateManifest(minimalNodePool()));
  });

  it('accepts a disruption budget without nodes because nodes defaults to 10%', () => {
    const manifest = withField(minimalNodePool(), 'spec.disruption', {
      consolidateAfter: '30s',
      budgets: [{ schedule: '@daily', duration: '10m' }],
    });
    expectValid(validateManifest(manifest));
  });

  it('treats a YAML null field as absent, as the API server prunes it', () => {
    expectValid(validateManifest(withField(minimalNodePool(), 'spec.weight', null)));
  });

  it('accepts integer and quantity-string limits (int-or-string)', () => {
    const manifest = withField(minimalNodePool(), 'spec.limits', { cpu: 100, memory: '64Gi' });
    expectValid(validateManifest(manifest));
  });
});

describe('crdOracle: structural schema', () => {
  it('rejects an unknown field (strict field validation)', () => {
    const manifest = withField(minimalNodePool(), 'spec.template.spec.foo', 'bar');
    expectOnlyError(validateManifest(manifest), 'spec.template.spec.foo: unknown field "foo"');
  });

  it('rejects an unknown top-level field and an unknown metadata field', () => {
    expectOnlyError(validateManifest({ ...minimalNodePool(), extra: 1 }), 'extra: unknown field');
    const manifest = withField(minimalNodePool(), 'metadata.labelz', { a: 'b' });
    expectOnlyError(validateManifest(manifest), 'metadata.labelz: unknown field');
  });

  it('rejects a value of the wrong type and skips CEL rules, as the API server does', () => {
    // Without the type error, replicas + weight would also break a CEL rule.
    const manifest = withField(
      withField(minimalNodePool(), 'spec.weight', '10'),
      'spec.replicas',
      1,
    );
    const result = validateManifest(manifest);
    expectRejected(result, 'spec.weight: Invalid value: "10": must be of type integer');
    expectRejected(result, 'some validation rules were not checked');
    expect(result.errors.join('\n')).not.toContain('static NodePools');
  });

  it('rejects an enum violation (consolidationPolicy: Sometimes)', () => {
    const manifest = withField(minimalNodePool(), 'spec.disruption', {
      consolidationPolicy: 'Sometimes',
      consolidateAfter: '1m',
    });
    expectRejected(
      validateManifest(manifest),
      'spec.disruption.consolidationPolicy: Unsupported value: "Sometimes": supported values: "WhenEmpty", "WhenEmptyOrUnderutilized", "Balanced"',
    );
  });

  it('rejects a pattern violation (consolidateAfter: 5 minutes)', () => {
    const manifest = withField(minimalNodePool(), 'spec.disruption', {
      consolidateAfter: '5 minutes',
    });
    expectOnlyError(
      validateManifest(manifest),
      'spec.disruption.consolidateAfter: Invalid value: "5 minutes": should match',
    );
  });

  it('rejects a NodePool without nodeClassRef (missing required field)', () => {
    const manifest = withField(minimalNodePool(), 'spec.template.spec.nodeClassRef', undefined);
    expectOnlyError(validateManifest(manifest), 'spec.template.spec.nodeClassRef: Required value');
  });

  it('rejects a NodePool disruption block without consolidateAfter', () => {
    // The parent default only applies when `disruption` is absent; once written, the required
    // consolidateAfter has no default of its own.
    const manifest = withField(minimalNodePool(), 'spec.disruption', {
      consolidationPolicy: 'WhenEmpty',
    });
    expectOnlyError(validateManifest(manifest), 'spec.disruption.consolidateAfter: Required value');
  });

  it('rejects a weight outside 1..100', () => {
    expectOnlyError(
      validateManifest(withField(minimalNodePool(), 'spec.weight', 0)),
      'spec.weight: Invalid value: 0: should be greater than or equal to 1',
    );
  });

  it('rejects a limit that is not a quantity', () => {
    const manifest = withField(minimalNodePool(), 'spec.limits', { cpu: 'lots' });
    expectOnlyError(
      validateManifest(manifest),
      'spec.limits[cpu]: Invalid value: "lots": should match',
    );
  });

  it('rejects an empty amiSelectorTerms list', () => {
    const manifest = withField(minimalEc2NodeClass(), 'spec.amiSelectorTerms', []);
    expectRejected(
      validateManifest(manifest),
      'spec.amiSelectorTerms: Invalid value: 0: should have at least 1 items',
    );
  });

  it('rejects a taint timeAdded that is not an RFC 3339 date-time', () => {
    const manifest = withField(minimalNodePool(), 'spec.template.spec.taints', [
      { key: 'a', effect: 'NoSchedule', timeAdded: 'yesterday' },
    ]);
    expectOnlyError(
      validateManifest(manifest),
      'spec.template.spec.taints[0].timeAdded: Invalid value: "yesterday"',
    );
  });

  it('rejects duplicate entries in an x-kubernetes-list-type: set list', () => {
    const manifest = withField(minimalNodePool(), 'spec.disruption', {
      consolidateAfter: '1m',
      budgets: [{ nodes: '1', reasons: ['Empty', 'Empty'] }],
    });
    expectOnlyError(
      validateManifest(manifest),
      'spec.disruption.budgets[0].reasons[1]: Duplicate value',
    );
  });

  it('rejects an invalid metadata.name (uppercase)', () => {
    const manifest = withField(minimalNodePool(), 'metadata.name', 'Default');
    expectOnlyError(validateManifest(manifest), 'metadata.name: Invalid value: "Default"');
  });

  it('rejects a manifest without metadata.name', () => {
    const manifest = withField(minimalEc2NodeClass(), 'metadata', {});
    expectOnlyError(validateManifest(manifest), 'metadata.name: Required value');
  });

  it('rejects an invalid label value in metadata.labels', () => {
    const manifest = withField(minimalNodePool(), 'metadata.labels', { team: 'not ok' });
    expectOnlyError(validateManifest(manifest), 'metadata.labels[team]: Invalid value: "not ok"');
  });

  it('rejects a wrong apiVersion or kind', () => {
    expectOnlyError(
      validateManifest({ ...minimalNodePool(), apiVersion: 'karpenter.sh/v1beta1' }),
      'no matches for kind "NodePool" in version "karpenter.sh/v1beta1"',
    );
    expectOnlyError(
      validateManifest({ ...minimalNodePool(), kind: 'NodePools' }),
      'no matches for kind "NodePools" in version "karpenter.sh/v1"',
    );
    expectOnlyError(
      validateManifest({ ...minimalEc2NodeClass(), apiVersion: 'karpenter.sh/v1' }),
      'unknown apiVersion/kind',
    );
    expectOnlyError(validateManifest('kind: NodePool'), 'a manifest must be an object');
  });
});

describe('crdOracle: NodePool CEL rules', () => {
  const requirements = (...reqs: unknown[]): Manifest =>
    withField(minimalNodePool(), 'spec.template.spec.requirements', reqs);

  it('rejects a requirement with operator In and no values', () => {
    const result = validateManifest(
      requirements({ key: 'kubernetes.io/os', operator: 'In', values: [] }),
    );
    expectOnlyError(
      result,
      "spec.template.spec.requirements: requirements with operator 'In' must have a value defined (rule: self.all(",
    );
  });

  it('rejects a requirement with operator Gt and two values', () => {
    const result = validateManifest(
      requirements({ key: 'karpenter.k8s.aws/instance-cpu', operator: 'Gt', values: ['4', '8'] }),
    );
    expectOnlyError(
      result,
      "spec.template.spec.requirements: requirements operator 'Gt', 'Lt', 'Gte', or 'Lte' must have a single positive integer value",
    );
  });

  it('rejects a requirement with operator Gt and a non-integer value', () => {
    const result = validateManifest(
      requirements({ key: 'karpenter.k8s.aws/instance-cpu', operator: 'Gt', values: ['four'] }),
    );
    expectOnlyError(result, 'spec.template.spec.requirements: rule evaluation error');
  });

  it('rejects minValues larger than the number of values', () => {
    const result = validateManifest(
      requirements({
        key: 'node.kubernetes.io/instance-type',
        operator: 'In',
        values: ['m5.large', 'm6i.large'],
        minValues: 3,
      }),
    );
    expectOnlyError(
      result,
      "requirements with 'minValues' must have at least that many values specified",
    );
  });

  it('rejects the restricted label karpenter.sh/nodepool in template labels', () => {
    const manifest = withField(minimalNodePool(), 'spec.template.metadata', {
      labels: { 'karpenter.sh/nodepool': 'other' },
    });
    expectOnlyError(
      validateManifest(manifest),
      'spec.template.metadata.labels: label "karpenter.sh/nodepool" is restricted',
    );
  });

  it('rejects other labels in the karpenter.sh domain', () => {
    const manifest = withField(minimalNodePool(), 'spec.template.metadata', {
      labels: { 'karpenter.sh/custom': 'x' },
    });
    expectOnlyError(validateManifest(manifest), 'label domain "karpenter.sh" is restricted');
  });

  it('rejects a kubernetes.io/hostname requirement', () => {
    const result = validateManifest(
      requirements({ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-1'] }),
    );
    expectOnlyError(
      result,
      'spec.template.spec.requirements[0].key: label "kubernetes.io/hostname" is restricted',
    );
  });

  it('rejects replicas and weight together', () => {
    const manifest = withField(staticNodePool(), 'spec.weight', 10);
    expectOnlyError(
      validateManifest(manifest),
      "spec: 'weight' is not supported on static NodePools",
    );
  });

  it('rejects limits other than nodes on a static NodePool', () => {
    const manifest = withField(staticNodePool(), 'spec.limits', { nodes: 5, cpu: 100 });
    expectOnlyError(
      validateManifest(manifest),
      "spec: only 'limits.nodes' is supported on static NodePools",
    );
  });

  it('rejects a budget schedule without a duration', () => {
    const manifest = withField(minimalNodePool(), 'spec.disruption', {
      consolidateAfter: '1m',
      budgets: [{ nodes: '0', schedule: '@daily' }],
    });
    expectOnlyError(
      validateManifest(manifest),
      "spec.disruption.budgets: 'schedule' must be set with 'duration'",
    );
  });

  it('does not evaluate transition rules (oldSelf) on create', () => {
    const rule = compileRule('self.group == oldSelf.group');
    expect(rule.ok && rule.transition).toBe(true);
    const macro = compileRule('self.all(x, x == oldSelf)');
    expect(macro.ok && macro.transition).toBe(true);
    expect(compileRule("self.all(x, x != 'oldSelf')")).toMatchObject({
      ok: true,
      transition: false,
    });
  });
});

describe('crdOracle: EC2NodeClass CEL rules', () => {
  const ec2 = (path: string, value: unknown): Manifest =>
    withField(minimalEc2NodeClass(), path, value);

  it('rejects both role and instanceProfile', () => {
    const manifest = ec2('spec.instanceProfile', 'my-profile');
    expectOnlyError(
      validateManifest(manifest),
      "spec: must specify exactly one of ['role', 'instanceProfile']",
    );
  });

  it('rejects neither role nor instanceProfile', () => {
    const manifest = ec2('spec.role', undefined);
    expectOnlyError(
      validateManifest(manifest),
      "spec: must specify exactly one of ['role', 'instanceProfile']",
    );
  });

  it('rejects an alias with an id in the same term', () => {
    const manifest = ec2('spec.amiSelectorTerms', [
      { alias: 'al2023@latest', id: 'ami-0123456789abcdef0' },
    ]);
    expectRejected(
      validateManifest(manifest),
      "spec.amiSelectorTerms: 'alias' is mutually exclusive, cannot be set with a combination of other fields",
    );
  });

  it('rejects an alias combined with other terms', () => {
    const manifest = ec2('spec.amiSelectorTerms', [
      { alias: 'al2023@latest' },
      { id: 'ami-0123456789abcdef0' },
    ]);
    expectOnlyError(
      validateManifest(manifest),
      "'alias' is mutually exclusive, cannot be set with a combination of other amiSelectorTerms",
    );
  });

  it('rejects an alias family that does not match amiFamily', () => {
    const manifest = ec2('spec.amiFamily', 'Bottlerocket');
    expectOnlyError(
      validateManifest(manifest),
      "spec: if set, amiFamily must be 'AL2023' or 'Custom' when using an AL2023 alias",
    );
  });

  it('rejects a windows alias that is not @latest', () => {
    const manifest = ec2('spec.amiSelectorTerms', [{ alias: 'windows2022@2024.01.01' }]);
    expectOnlyError(
      validateManifest(manifest),
      "spec.amiSelectorTerms[0].alias: windows families may only specify version 'latest'",
    );
  });

  it('rejects an unknown alias family', () => {
    const manifest = ec2('spec.amiSelectorTerms', [{ alias: 'ubuntu@latest' }]);
    expectOnlyError(
      validateManifest(manifest),
      'spec.amiSelectorTerms[0].alias: family is not supported',
    );
  });

  it('rejects a malformed alias', () => {
    const manifest = ec2('spec.amiSelectorTerms', [{ alias: 'al2023' }]);
    expectRejected(validateManifest(manifest), "'alias' is improperly formatted");
  });

  it('rejects amiSelectorTerms without an alias when amiFamily is missing', () => {
    const manifest = ec2('spec.amiSelectorTerms', [{ id: 'ami-0123456789abcdef0' }]);
    expectOnlyError(
      validateManifest(manifest),
      'spec: must specify amiFamily if amiSelectorTerms does not contain an alias',
    );
  });

  it('rejects an empty amiSelectorTerms list, reporting the missing amiFamily too', () => {
    const result = validateManifest(ec2('spec.amiSelectorTerms', []));
    expectRejected(result, 'should have at least 1 items');
    expectRejected(result, 'must specify amiFamily');
  });

  it('rejects a tag with a kubernetes.io/cluster/ key', () => {
    const manifest = ec2('spec.tags', { 'kubernetes.io/cluster/my-cluster': 'owned' });
    expectOnlyError(
      validateManifest(manifest),
      'spec.tags: tag contains a restricted tag matching kubernetes.io/cluster/',
    );
  });

  it('rejects an empty selector tag value', () => {
    const manifest = ec2('spec.subnetSelectorTerms', [{ tags: { 'karpenter.sh/discovery': '' } }]);
    expectOnlyError(
      validateManifest(manifest),
      "spec.subnetSelectorTerms[0].tags: empty tag keys or values aren't supported",
    );
  });

  it('rejects two root volumes', () => {
    const volume = { ebs: { volumeSize: '20Gi' }, rootVolume: true };
    const manifest = ec2('spec.blockDeviceMappings', [
      { deviceName: '/dev/xvda', ...volume },
      { deviceName: '/dev/xvdb', ...volume },
    ]);
    expectOnlyError(
      validateManifest(manifest),
      'spec.blockDeviceMappings: must have only one blockDeviceMappings with rootVolume',
    );
  });

  it('rejects an ebs volume without size or snapshot', () => {
    const manifest = ec2('spec.blockDeviceMappings', [
      { deviceName: '/dev/xvda', ebs: { volumeType: 'gp3' } },
    ]);
    expectOnlyError(
      validateManifest(manifest),
      'spec.blockDeviceMappings[0].ebs: snapshotID or volumeSize must be defined',
    );
  });

  it('rejects imageGCHighThresholdPercent not above imageGCLowThresholdPercent', () => {
    const manifest = ec2('spec.kubelet', {
      imageGCHighThresholdPercent: 80,
      imageGCLowThresholdPercent: 80,
    });
    expectOnlyError(
      validateManifest(manifest),
      'spec.kubelet: imageGCHighThresholdPercent must be greater than imageGCLowThresholdPercent',
    );
  });

  it('rejects evictionSoft without evictionSoftGracePeriod', () => {
    // The rule reads self.evictionSoftGracePeriod, which is absent: a CEL error, so a rejection.
    const manifest = ec2('spec.kubelet', { evictionSoft: { 'memory.available': '500Mi' } });
    expectOnlyError(
      validateManifest(manifest),
      'spec.kubelet: rule evaluation error: No such key: evictionSoftGracePeriod evaluating rule: evictionSoft OwnerKey does not have a matching evictionSoftGracePeriod',
    );
  });

  it('rejects an unsupported eviction signal', () => {
    const manifest = ec2('spec.kubelet', { evictionHard: { 'cpu.available': '10%' } });
    expectOnlyError(
      validateManifest(manifest),
      'spec.kubelet.evictionHard: valid keys for evictionHard are',
    );
  });

  it('rejects networkInterfaces without a primary interface', () => {
    const manifest = ec2('spec.networkInterfaces', [
      { networkCardIndex: 1, deviceIndex: 0, interfaceType: 'interface' },
    ]);
    expectOnlyError(
      validateManifest(manifest),
      'spec.networkInterfaces: networkInterfaces must include a primary interface',
    );
  });
});

describe('crdOracle: YAML documents', () => {
  it('validates each document of a multi-document stream and skips empty ones', () => {
    const text = [
      stringify(richNodePool()),
      stringify(richEc2NodeClass()),
      stringify(withField(minimalNodePool(), 'spec.weight', 101)),
      '',
    ].join('---\n');
    const results = validateYamlDocuments(`---\n${text}---\n`);
    expect(results).toHaveLength(3);
    expectValid(results[0] ?? { valid: false, errors: ['missing'] });
    expectValid(results[1] ?? { valid: false, errors: ['missing'] });
    expectOnlyError(results[2] ?? { valid: false, errors: [] }, 'spec.weight: Invalid value: 101');
  });

  it('reads YAML like kubectl does (YAML 1.1): an unquoted `on` label value is a boolean', () => {
    const manifest = withField(minimalNodePool(), 'spec.template.metadata', {
      labels: { feature: 'on' },
    });
    // yaml's default (1.2) stringify leaves `on` unquoted, which kubectl reads as true.
    const [unquoted] = validateYamlDocuments(stringify(manifest));
    expectRejected(
      unquoted ?? { valid: true, errors: [] },
      'spec.template.metadata.labels[feature]: Invalid value: true: must be of type string',
    );
    const [quoted] = validateYamlDocuments(stringify(manifest, { compat: 'yaml-1.1' }));
    expectValid(quoted ?? { valid: false, errors: ['missing'] });
  });

  it('keeps timestamps as strings, as kubectl does', () => {
    const yaml = stringify(
      withField(minimalNodePool(), 'spec.template.spec.taints', [
        { key: 'a', effect: 'NoSchedule', timeAdded: '2024-05-01T10:00:00Z' },
      ]),
    );
    expect(yaml).toContain('timeAdded: 2024-05-01T10:00:00Z');
    expect(validateYamlDocuments(yaml)).toEqual([{ valid: true, errors: [] }]);
  });

  it('reports a YAML syntax error as an invalid document', () => {
    const [result] = validateYamlDocuments('apiVersion: karpenter.sh/v1\nkind: [NodePool\n');
    expectRejected(result ?? { valid: true, errors: [] }, 'YAML error');
  });

  it('reports duplicate keys as an invalid document', () => {
    const [result] = validateYamlDocuments(
      'apiVersion: karpenter.sh/v1\nkind: NodePool\nkind: NodePool\n',
    );
    expectRejected(result ?? { valid: true, errors: [] }, 'Map keys must be unique');
  });
});

/** Values at a collectRules path such as `spec.amiSelectorTerms[*].tags`. */
function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const token of path.match(/[^.[\]]+|\[\*\]/g) ?? []) {
    const next: unknown[] = [];
    for (const value of current) {
      if (token === '[*]') {
        if (Array.isArray(value)) next.push(...(value as unknown[]));
        else if (isObject(value)) next.push(...Object.values(value));
      } else if (isObject(value) && value[token] !== undefined) {
        next.push(value[token]);
      }
    }
    current = next;
  }
  return current;
}

describe('crdOracle: every CEL rule of the NodePool and EC2NodeClass CRDs', () => {
  const crd = (key: string): CrdVersion => {
    const found = loadKarpenterCrds().byGvk.get(key);
    if (found === undefined) throw new Error(`${key} not loaded`);
    return found;
  };
  const nodePool = crd('karpenter.sh/v1/NodePool');
  const ec2NodeClass = crd('karpenter.k8s.aws/v1/EC2NodeClass');

  it('has the expected number of rules (20 and 54)', () => {
    expect(collectRules(nodePool.schema)).toHaveLength(20);
    expect(collectRules(ec2NodeClass.schema)).toHaveLength(54);
  });

  it('compiles and type-checks every rule and messageExpression of every Karpenter CRD', () => {
    const failures: string[] = [];
    for (const version of loadKarpenterCrds().versions) {
      for (const { path, rule } of collectRules(version.schema)) {
        for (const expression of [rule.rule, rule.messageExpression]) {
          if (expression === undefined) continue;
          const compiled = compileRule(expression);
          if (!compiled.ok)
            failures.push(`${version.kind} ${path}: ${expression}: ${compiled.error}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['NodePool', nodePool, [minimalNodePool(), richNodePool(), staticNodePool()]],
    [
      'EC2NodeClass',
      ec2NodeClass,
      [minimalEc2NodeClass(), richEc2NodeClass(), customAmiEc2NodeClass()],
    ],
  ] as const)(
    'evaluates every non-transition %s rule to true, without a CEL error, on valid manifests',
    (_kind, version, manifests) => {
      const objects = manifests.map((manifest) => {
        const issues: Issue[] = [];
        const decoded = decodeForCreate(manifest, version, issues);
        expect(issues).toEqual([]);
        return toCelValue(decoded, version.schema, true);
      });
      const unexercised: string[] = [];
      const failures: string[] = [];
      for (const { path, rule } of collectRules(version.schema)) {
        const compiled = compileRule(rule.rule);
        if (!compiled.ok) throw new Error(compiled.error);
        if (compiled.transition) continue;
        const selves = objects.flatMap((object) => valuesAt(object, path));
        if (selves.length === 0) unexercised.push(`${path}: ${rule.rule}`);
        for (const self of selves) {
          try {
            const result: unknown = compiled.program({ self });
            if (result !== true) failures.push(`${path}: ${rule.rule} => ${String(result)}`);
          } catch (error) {
            failures.push(`${path}: ${rule.rule} threw ${String(error)}`);
          }
        }
      }
      expect(unexercised).toEqual([]);
      expect(failures).toEqual([]);
    },
  );
});

describe('crdOracle: caching', () => {
  it('loads the CRDs and compiles each rule once', () => {
    expect(loadKarpenterCrds()).toBe(loadKarpenterCrds());
    expect(compileRule('self.size() != 0')).toBe(compileRule('self.size() != 0'));
  });

  it('validates 200 manifests quickly', () => {
    const manifests = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0
        ? withField(richNodePool(), 'metadata.name', `pool-${i}`)
        : withField(richEc2NodeClass(), 'metadata.name', `class-${i}`),
    );
    const started = performance.now();
    const results = manifests.map((m) => validateManifest(m));
    const elapsed = performance.now() - started;
    expect(results.every((r) => r.valid)).toBe(true);
    // Generous bound: it catches re-reading CRDs or recompiling rules per manifest.
    expect(elapsed).toBeLessThan(2000);
  });
});
