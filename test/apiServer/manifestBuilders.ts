/**
 * Small builders for the manifests the API-server tests start from. Imported only by tests, but
 * plain TypeScript so it typechecks with the rest of src/domain. Manifests are plain JSON-like
 * objects, loosely typed on purpose: tests also build ones the API server must reject.
 */

export type Manifest = Record<string, unknown>;

export function nodePool(name = 'default'): Manifest {
  return {
    apiVersion: 'karpenter.sh/v1',
    kind: 'NodePool',
    metadata: { name },
    spec: {
      template: {
        spec: {
          nodeClassRef: { group: 'karpenter.k8s.aws', kind: 'EC2NodeClass', name: 'default' },
          requirements: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] }],
        },
      },
    },
  };
}

export function ec2NodeClass(name = 'default'): Manifest {
  return {
    apiVersion: 'karpenter.k8s.aws/v1',
    kind: 'EC2NodeClass',
    metadata: { name },
    spec: {
      role: 'KarpenterNodeRole-my-cluster',
      amiSelectorTerms: [{ alias: 'al2023@latest' }],
      subnetSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'my-cluster' } }],
      securityGroupSelectorTerms: [{ tags: { 'karpenter.sh/discovery': 'my-cluster' } }],
    },
  };
}

/**
 * A copy of `manifest` with the value at a dotted path (`spec.template.spec.taints`, list indexes
 * as numbers: `spec.amiSelectorTerms.0.alias`) replaced, objects created on the way; `undefined`
 * removes the field. The original is left untouched.
 */
export function withField(manifest: Manifest, path: string, value: unknown): Manifest {
  return setIn(manifest, path.split('.'), value) as Manifest;
}

/** Several `withField`s in a row. */
export function withFields(manifest: Manifest, fields: Record<string, unknown>): Manifest {
  return Object.entries(fields).reduce((m, [path, value]) => withField(m, path, value), manifest);
}

function setIn(node: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(node)) {
    const copy = Array.from(node as unknown[]);
    copy[Number(key)] = setIn(copy[Number(key)], rest, value);
    return copy;
  }
  const object = typeof node === 'object' && node !== null ? (node as Manifest) : {};
  const child = setIn(object[key], rest, value);
  const copy: Manifest = { ...object };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}

/** A NodePool with requirements replaced by `requirements`. */
export function poolRequiring(...requirements: unknown[]): Manifest {
  return withField(nodePool(), 'spec.template.spec.requirements', requirements);
}

/** A NodePool with these template labels. */
export function poolLabelled(labels: Record<string, unknown>): Manifest {
  return withField(nodePool(), 'spec.template.metadata.labels', labels);
}

/** An EC2NodeClass with these spec fields set (or removed, when undefined). */
export function classWith(spec: Record<string, unknown>): Manifest {
  return withFields(
    ec2NodeClass(),
    Object.fromEntries(Object.entries(spec).map(([key, value]) => [`spec.${key}`, value])),
  );
}

/** The subnet and security group tag of the Karpenter getting-started guide. */
export const DISCOVERY = { 'karpenter.sh/discovery': 'my-cluster' };

/** An EC2NodeClass selecting its AMI by this alias, with this amiFamily (or none). */
export function classWithAlias(alias: string, amiFamily?: string): Manifest {
  return classWith({ amiSelectorTerms: [{ alias }], amiFamily });
}

/** A NodePool with these spec fields set (or removed, when undefined). */
export function poolWith(spec: Record<string, unknown>): Manifest {
  return withFields(
    nodePool(),
    Object.fromEntries(Object.entries(spec).map(([key, value]) => [`spec.${key}`, value])),
  );
}

/** `n` distinct map entries `k0: v`, `k1: v`, ... */
export function entries(n: number, value = 'v'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, value]));
}
