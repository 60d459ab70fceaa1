import { KINDS } from '../design/kinds';
import { resourceName } from '../design/resources';
import type {
  EC2NodeClassResource,
  NodePoolResource,
  Resource,
  ResourceByKind,
  ResourceKind,
  WorkloadResource,
} from '../design/types';
import { hasReplicas, podSpecOf, replicasOfManifest } from '../kube/workloadManifest';
import { formatAmount } from '../lib/quantity';
import { plural } from '../lib/plural';
import { podRequests } from '../scheduling/pods/podRequests';
import type { MigProfileResource } from '../mig/migProfile';
import { amiFamilyOf, aliasTerm } from '../karpenter/facts/amiFamilies';
import { requirementText, SHORT_KEYS } from '../karpenter/model/requirementSummary';
import { gpuModel } from '../mig/gpuModels';
import { resolveLayout } from '../mig/migLayout';
import { describeLayout } from '../mig/placement';

/** What one card of a picture says: the kind, the name and a few short facts. */
export interface CardText {
  kindLabel: string;
  name: string;
  facts: string[];
}

const MAX_FACTS = 4;

/** Requirements a reader tells pools apart by, after capacity type and arch, in this order. */
const OTHER_KEYS = Object.entries(SHORT_KEYS).filter(
  ([key]) =>
    !['karpenter.sh/capacity-type', 'kubernetes.io/arch', 'kubernetes.io/os'].includes(key),
);

/** `nvidia.com/gpu` reads as `gpu`: the prefix only makes the line run off the card. */
function limitsFact(limits: Readonly<Record<string, string | number>>): string | undefined {
  const entries = Object.entries(limits);
  if (entries.length === 0) return undefined;
  return `limits: ${entries.map(([key, value]) => `${key.replace(/^.*\//, '')} ${value}`).join(', ')}`;
}

export function nodePoolFacts(pool: NodePoolResource): string[] {
  const { spec } = pool.manifest;
  const requirements = spec.template.spec.requirements;
  const find = (key: string) => requirements.find((r) => r.key === key);
  const capacity = find('karpenter.sh/capacity-type');
  const arch = find('kubernetes.io/arch');
  const facts = [
    capacity && requirementText(capacity, 'capacity'),
    arch && requirementText(arch, 'arch'),
    spec.weight === undefined ? undefined : `weight ${spec.weight}`,
    spec.limits && limitsFact(spec.limits),
  ].filter((fact): fact is string => fact !== undefined);
  // A pool that sets none of the headline fields still needs something to tell it apart.
  for (const [key, label] of OTHER_KEYS) {
    if (facts.length >= 2) break;
    const requirement = find(key);
    if (requirement) facts.push(requirementText(requirement, label));
  }
  if (facts.length === 0) facts.push('no requirements');
  return facts.slice(0, MAX_FACTS);
}

export function ec2NodeClassFacts(nodeClass: EC2NodeClassResource): string[] {
  const { spec } = nodeClass.manifest;
  const ami = spec.amiSelectorTerms
    .map((t) => t.alias ?? t.id ?? t.name ?? t.ssmParameter ?? 'tags')
    .join(', ');
  const facts = [`ami: ${ami || '—'}`];
  // An alias names its family; other terms say nothing about what boots.
  if (!aliasTerm(spec) || spec.amiFamily !== undefined) facts.push(`family: ${amiFamilyOf(spec)}`);
  facts.push(spec.role ? `role: ${spec.role}` : `profile: ${spec.instanceProfile ?? '—'}`);
  return facts;
}

export function migProfileFacts(profile: MigProfileResource): string[] {
  const layout = resolveLayout(profile);
  const facts = [
    gpuModel(profile.gpu)?.label ?? profile.gpu,
    `${profile.devices ? 'custom' : 'config'}: ${profile.config}`,
  ];
  if (!layout.ok) facts.push('layout not valid');
  else facts.push(layout.devices ? describeLayout(layout.gpu, layout.devices) : 'MIG off');
  return facts;
}

/** The chips under a pool's requirement lines on the canvas: weight, taints, MIG. */
export function nodePoolChips(pool: NodePoolResource): string[] {
  const { spec } = pool.manifest;
  const chips: string[] = [];
  if (spec.weight !== undefined) chips.push(`weight ${spec.weight}`);
  if (spec.template.spec.taints?.length) chips.push(`${spec.template.spec.taints.length} taint(s)`);
  if (pool.migProfileId) chips.push('MIG');
  return chips;
}

/** "Deployment · 3 replicas", then what one pod requests: the facts placement turns on. */
export function workloadFacts(resource: WorkloadResource): string[] {
  const { manifest } = resource;
  const replicas = replicasOfManifest(manifest);
  const head = hasReplicas(manifest.kind)
    ? `${manifest.kind} · ${plural(replicas, 'replica')}`
    : manifest.kind === 'DaemonSet'
      ? 'DaemonSet · one per node'
      : manifest.kind;
  const requests = podRequests(podSpecOf(manifest));
  const shown = Object.entries(requests)
    .filter(([key, amount]) => amount > 0 && key !== 'pods')
    .map(([key, amount]) => `${key.replace(/^.*\//, '')} ${formatAmount(key, amount)}`);
  return [head, shown.length > 0 ? `requests: ${shown.join(', ')}` : 'no requests'];
}

/** Each kind's facts, the ones its canvas node shows; a new kind without them is a type error. */
const FACTS: { [K in ResourceKind]: (resource: ResourceByKind[K]) => string[] } = {
  NodePool: nodePoolFacts,
  EC2NodeClass: ec2NodeClassFacts,
  MigProfile: migProfileFacts,
  Workload: workloadFacts,
};

function factsOf<K extends ResourceKind>(kind: K, resource: ResourceByKind[K]): string[] {
  return FACTS[kind](resource);
}

/** The card text for a resource: the same facts its canvas node shows, in plain lines. */
export function cardText(resource: Resource): CardText {
  return {
    kindLabel: KINDS[resource.kind].label,
    name: resourceName(resource),
    facts: factsOf(resource.kind, resource),
  };
}
