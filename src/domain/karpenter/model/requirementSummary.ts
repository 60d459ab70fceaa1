import type { NodePool, NodeSelectorRequirement } from './types';

/** Short names for the well-known label keys, in the order a reader tells pools apart by. */
export const SHORT_KEYS: Readonly<Record<string, string>> = {
  'karpenter.sh/capacity-type': 'capacity',
  'kubernetes.io/arch': 'arch',
  'kubernetes.io/os': 'os',
  'node.kubernetes.io/instance-type': 'type',
  'karpenter.k8s.aws/instance-family': 'family',
  'karpenter.k8s.aws/instance-category': 'category',
  'karpenter.k8s.aws/instance-generation': 'generation',
  'topology.kubernetes.io/zone': 'zone',
};

/** `arch: amd64`, `zone ≠ us-east-1a`: one requirement as a canvas node or picture says it. */
export function requirementText(r: NodeSelectorRequirement, label?: string): string {
  const key = label ?? SHORT_KEYS[r.key] ?? r.key.replace(/^.*\//, '');
  const values = (r.values ?? []).join(', ');
  switch (r.operator) {
    case 'In':
      return `${key}: ${values}`;
    case 'NotIn':
      return `${key} ≠ ${values}`;
    case 'Exists':
      return `${key} exists`;
    case 'DoesNotExist':
      return `no ${key}`;
    case 'Gt':
      return `${key} > ${values}`;
    case 'Lt':
      return `${key} < ${values}`;
    case 'Gte':
      return `${key} ≥ ${values}`;
    case 'Lte':
      return `${key} ≤ ${values}`;
  }
}

/** The few requirements that tell pools apart at a glance, shortest form first. */
export function requirementLines(pool: NodePool, max = 3): string[] {
  const preferred = Object.keys(SHORT_KEYS);
  const sorted = [...pool.spec.template.spec.requirements].sort(
    (a, b) => rank(a.key, preferred) - rank(b.key, preferred),
  );
  const lines = sorted.slice(0, max).map((r) => requirementText(r));
  if (sorted.length > max) lines.push(`+${sorted.length - max} more`);
  return lines;
}

function rank(key: string, preferred: string[]): number {
  const i = preferred.indexOf(key);
  return i === -1 ? preferred.length : i;
}
