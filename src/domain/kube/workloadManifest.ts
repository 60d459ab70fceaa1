/**
 * Workload manifests as Kubernetes writes them (apps/v1, batch/v1, core/v1) and where each kind
 * keeps its pod template and its replica count. The designer stores the manifest itself, so an
 * imported Deployment exports back as it came; everything the scheduler reads is derived here.
 */
import { isObject } from '../lib/isObject';
import type { PodSpec, PodTemplate } from './podSpec';
import { podTemplateProblem } from './podTemplateShape';

/** The kinds that become workload nodes, with the one apiVersion each is read at. */
export const CONTROLLER_API_VERSIONS = {
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  Pod: 'v1',
} as const;

export type ControllerKind = keyof typeof CONTROLLER_API_VERSIONS;

/** The kinds in the order a picker offers them: the usual first. */
export const CONTROLLER_KINDS: readonly ControllerKind[] = [
  'Deployment',
  'StatefulSet',
  'Job',
  'CronJob',
  'DaemonSet',
  'ReplicaSet',
  'Pod',
];

export function isControllerKind(kind: string): kind is ControllerKind {
  return Object.hasOwn(CONTROLLER_API_VERSIONS, kind);
}

export interface WorkloadMetadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * A workload manifest. Its spec is typed loosely because each kind nests the pod differently;
 * `podTemplateOf` and `withPodTemplate` are the one place that knows where.
 */
export interface WorkloadManifest {
  apiVersion: string;
  kind: ControllerKind;
  metadata: WorkloadMetadata;
  spec: Record<string, unknown>;
  [key: string]: unknown;
}

type Json = Record<string, unknown>;

/** The path to the pod template inside the manifest; a Pod is its own template. */
export function templatePath(kind: ControllerKind): readonly string[] {
  if (kind === 'Pod') return [];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template'];
  return ['spec', 'template'];
}

function at(value: unknown, path: readonly string[]): unknown {
  let here = value;
  for (const key of path) {
    if (!isObject(here) || !Object.hasOwn(here, key)) return undefined;
    here = here[key];
  }
  return here;
}

/** The pod template, or undefined when the manifest has none with a container list. */
export function podTemplateOf(manifest: WorkloadManifest): PodTemplate | undefined {
  const template = at(manifest, templatePath(manifest.kind));
  if (!isObject(template) || !isObject(template.spec)) return undefined;
  if (!Array.isArray(template.spec.containers)) return undefined;
  return template as PodTemplate;
}

function setAt(value: Json, path: readonly string[], next: unknown): Json {
  const [key, ...rest] = path;
  if (key === undefined) return next as Json;
  const child = isObject(value[key]) ? value[key] : {};
  return { ...value, [key]: setAt(child, rest, next) };
}

/** The manifest with its pod template replaced; the rest of it is kept as it was. */
export function withPodTemplate(
  manifest: WorkloadManifest,
  template: PodTemplate,
): WorkloadManifest {
  if (manifest.kind === 'Pod') {
    // A Pod's template is its own metadata and spec: keep the name and anything else it has.
    const metadata = {
      ...manifest.metadata,
      ...(template.metadata ?? {}),
      name: manifest.metadata.name,
    };
    return { ...manifest, metadata, spec: template.spec };
  }
  return setAt(manifest, templatePath(manifest.kind), template) as WorkloadManifest;
}

/** The pod spec, or an empty one when the manifest has none (a half-typed document). */
export function podSpecOf(manifest: WorkloadManifest): PodSpec {
  return podTemplateOf(manifest)?.spec ?? { containers: [] };
}

function count(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  const n = Math.floor(Number(value));
  return Number.isFinite(n) && n >= 0 ? n : 0;
}

function jobPods(spec: unknown): number {
  // A Job runs `parallelism` pods at once, and never more than it has completions left to do.
  const parallelism = count(at(spec, ['parallelism']), 1);
  const completions = at(spec, ['completions']);
  return completions === undefined || completions === null
    ? parallelism
    : Math.min(parallelism, count(completions, 1));
}

/**
 * How many pods the workload asks for at once, as the scheduler sees them: a Deployment's
 * replicas (1 when unset, as the API server defaults it), a Job's parallelism capped by its
 * completions, one run of a CronJob, one Pod. A DaemonSet has no count: it runs on every node it
 * tolerates, which the plan works out per pool.
 */
export function replicasOfManifest(manifest: WorkloadManifest): number {
  switch (manifest.kind) {
    case 'Pod':
      return 1;
    case 'DaemonSet':
      return 0;
    case 'Job':
      return jobPods(manifest.spec);
    case 'CronJob':
      return jobPods(at(manifest.spec, ['jobTemplate', 'spec']));
    default:
      return count(manifest.spec.replicas, 1);
  }
}

/** Whether the kind has a replica count a user sets (a Job's is its parallelism). */
export function hasReplicas(kind: ControllerKind): boolean {
  return kind !== 'Pod' && kind !== 'DaemonSet';
}

/** The manifest asking for `replicas` pods at once. */
export function withReplicas(manifest: WorkloadManifest, replicas: number): WorkloadManifest {
  switch (manifest.kind) {
    case 'Pod':
    case 'DaemonSet':
      return manifest;
    case 'Job':
      return { ...manifest, spec: jobWithPods(manifest.spec, replicas) };
    case 'CronJob': {
      const jobTemplate = isObject(manifest.spec.jobTemplate) ? manifest.spec.jobTemplate : {};
      const jobSpec = isObject(jobTemplate.spec) ? jobTemplate.spec : {};
      return {
        ...manifest,
        spec: {
          ...manifest.spec,
          jobTemplate: { ...jobTemplate, spec: jobWithPods(jobSpec, replicas) },
        },
      };
    }
    default:
      return { ...manifest, spec: { ...manifest.spec, replicas } };
  }
}

function jobWithPods(spec: Json, pods: number): Json {
  const completions = at(spec, ['completions']);
  // Raising parallelism past the completions would not run more pods: raise both.
  const raise = typeof completions === 'number' && completions < pods;
  return { ...spec, parallelism: pods, ...(raise ? { completions: pods } : {}) };
}

const DEFAULT_CONTAINER = {
  name: 'app',
  image: 'registry.k8s.io/pause:3.10',
  resources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '512Mi' } },
};

function templateFor(name: string): PodTemplate {
  return {
    metadata: { labels: { app: name } },
    spec: { containers: [structuredClone(DEFAULT_CONTAINER)] },
  };
}

/** A new workload of the kind: one container with modest requests, the way a guide starts. */
export function newWorkloadManifest(
  name: string,
  kind: ControllerKind = 'Deployment',
): WorkloadManifest {
  const base = { apiVersion: CONTROLLER_API_VERSIONS[kind], kind, metadata: { name } };
  const template = templateFor(name);
  const selector = { matchLabels: { app: name } };
  switch (kind) {
    case 'Pod':
      return { ...base, metadata: { name, labels: { app: name } }, spec: template.spec };
    case 'Job':
      return {
        ...base,
        spec: { parallelism: 1, completions: 1, template: withNeverRestart(template) },
      };
    case 'CronJob':
      return {
        ...base,
        spec: {
          schedule: '0 * * * *',
          jobTemplate: {
            spec: { parallelism: 1, completions: 1, template: withNeverRestart(template) },
          },
        },
      };
    case 'DaemonSet':
      return { ...base, spec: { selector, template } };
    case 'StatefulSet':
      return { ...base, spec: { replicas: 1, serviceName: name, selector, template } };
    default:
      return { ...base, spec: { replicas: 1, selector, template } };
  }
}

function withNeverRestart(template: PodTemplate): PodTemplate {
  // A Job's pods must not restart Always; the API server refuses a template without this.
  return { ...template, spec: { ...template.spec, restartPolicy: 'Never' } };
}

/**
 * The same workload as another kind: the pod template and name carry over, the rest is the new
 * kind's default, so switching Deployment to Job and back does not invent fields.
 */
export function withControllerKind(
  manifest: WorkloadManifest,
  kind: ControllerKind,
): WorkloadManifest {
  if (manifest.kind === kind) return manifest;
  const fresh = newWorkloadManifest(manifest.metadata.name, kind);
  const template = podTemplateOf(manifest);
  const replicas = replicasOfManifest(manifest);
  const metadata = { ...manifest.metadata };
  const moved = template
    ? withPodTemplate(
        { ...fresh, metadata },
        kind === 'Job' || kind === 'CronJob'
          ? withNeverRestartIfAlways(template)
          : withoutJobRestart(template),
      )
    : { ...fresh, metadata };
  return hasReplicas(kind) && replicas > 0 ? withReplicas(moved, replicas) : moved;
}

function withNeverRestartIfAlways(template: PodTemplate): PodTemplate {
  const policy = template.spec.restartPolicy;
  return policy === undefined || policy === 'Always' ? withNeverRestart(template) : template;
}

function withoutJobRestart(template: PodTemplate): PodTemplate {
  // Deployments and their kin allow only Always, the default: drop a Job's Never.
  if (template.spec.restartPolicy === undefined || template.spec.restartPolicy === 'Always')
    return template;
  const { restartPolicy: _policy, ...spec } = template.spec;
  return { ...template, spec };
}

/**
 * Whether a value read from outside (an import, a saved design) is a workload the designer can
 * hold: a known kind at its apiVersion, a name, and a pod template with a container list.
 */
export function isWorkloadManifest(value: unknown): value is WorkloadManifest {
  if (!isObject(value) || typeof value.kind !== 'string' || !isControllerKind(value.kind))
    return false;
  if (value.apiVersion !== CONTROLLER_API_VERSIONS[value.kind]) return false;
  if (!isObject(value.metadata) || typeof value.metadata.name !== 'string') return false;
  if (!isObject(value.spec)) return false;
  return workloadShapeProblem({ ...value, kind: value.kind }) === undefined;
}

/**
 * Why a workload's pod template cannot be read ("spec.template.spec.containers[0] is not a
 * mapping"), or undefined when it can.
 */
export function workloadShapeProblem(
  manifest: { kind: ControllerKind } & Record<string, unknown>,
): string | undefined {
  const path = templatePath(manifest.kind);
  let template: unknown = manifest;
  for (const key of path) template = isObject(template) ? template[key] : undefined;
  if (!isObject(template) || !isObject(template.spec) || !Array.isArray(template.spec.containers))
    return 'has no pod template with containers';
  const problem = podTemplateProblem(template, path.join('.'));
  return problem === undefined
    ? undefined
    : `has a pod template the designer cannot read: ${problem}`;
}

/** What the API server tells workloads apart by: the kind, the namespace and the name. */
export function workloadKey(manifest: WorkloadManifest): string {
  return `${manifest.kind}/${manifest.metadata.namespace ?? 'default'}/${manifest.metadata.name}`;
}
