/**
 * What a pod asks of a node's allocatable: Karpenter's `resources.RequestsForPods` (core
 * `pkg/utils/resources/resources.go`), i.e. `k8s.io/component-helpers resource.PodRequests` plus
 * `pods: 1` (spec 1.2). Units are base units: cores for cpu, bytes for memory and storage, counts
 * for the rest.
 */
import { parseQuantity } from '../../lib/quantity';
import type { Container, PodSpec, ResourceQuantities } from './workload';

export type ResourceAmounts = Readonly<Record<string, number>>;

type Mutable = Record<string, number>;
type Side = 'requests' | 'limits';

/**
 * A container's requests after Kubernetes' defaulting: a resource with a limit and no request
 * requests its limit. The API server does it for pods, Karpenter does it for DaemonSet templates
 * (`daemonset.go :: mergeResourceLimitsIntoRequests`), and the designer must do it for every
 * template, which no API server has defaulted (`limits: {nvidia.com/gpu: 1}` requests one GPU).
 */
export function defaultedRequests(container: Container): ResourceQuantities {
  const { requests = {}, limits = {} } = container.resources ?? {};
  const merged: ResourceQuantities = { ...requests };
  for (const [name, quantity] of Object.entries(limits)) {
    if (!(name in merged)) merged[name] = quantity;
  }
  return merged;
}

function quantities(container: Container, side: Side): ResourceQuantities {
  return side === 'requests' ? defaultedRequests(container) : (container.resources?.limits ?? {});
}

function add(into: Mutable, list: ResourceQuantities | Readonly<Mutable>): void {
  for (const [name, quantity] of Object.entries(list)) {
    const value = parseQuantity(quantity);
    if (value !== undefined) into[name] = (into[name] ?? 0) + value;
  }
}

function max(into: Mutable, list: Readonly<Mutable>): void {
  for (const [name, value] of Object.entries(list)) {
    if (value > (into[name] ?? -Infinity)) into[name] = value;
  }
}

function isSidecar(container: Container): boolean {
  return container.restartPolicy === 'Always';
}

/**
 * `AggregateContainerRequests` (and its limits twin): the regular containers and the sidecars
 * (init containers with `restartPolicy: Always`) run together, so they add up; a regular init
 * container runs alone beside the sidecars declared before it; the pod needs the larger of the
 * two phases, per resource.
 */
function aggregate(spec: PodSpec, side: Side): Mutable {
  const total: Mutable = {};
  for (const container of spec.containers) add(total, quantities(container, side));
  const sidecars: Mutable = {};
  const initPhase: Mutable = {};
  for (const container of spec.initContainers ?? []) {
    const own = quantities(container, side);
    if (isSidecar(container)) {
      add(total, own);
      add(sidecars, own);
      max(initPhase, sidecars);
    } else {
      const use: Mutable = { ...sidecars };
      add(use, own);
      max(initPhase, use);
    }
  }
  max(total, initPhase);
  return total;
}

/** Pod-level resources replace the containers' sum for these only (component-helpers v0.35). */
function isPodLevelResource(name: string): boolean {
  return name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');
}

/**
 * Pod-level requests after the API server's defaulting (`defaultPodRequests`): an explicit
 * pod-level request wins; with pod-level limits, a resource no container requests defaults to its
 * pod-level limit (one the containers do request keeps their sum, which is what applies anyway).
 */
function podLevelRequests(spec: PodSpec, containers: Readonly<Mutable>): Mutable {
  const result: Mutable = {};
  const { requests = {}, limits = {} } = spec.resources ?? {};
  for (const [name, quantity] of Object.entries(limits)) {
    const value = parseQuantity(quantity);
    if (isPodLevelResource(name) && !(name in containers) && value !== undefined) {
      result[name] = value;
    }
  }
  for (const [name, quantity] of Object.entries(requests)) {
    const value = parseQuantity(quantity);
    if (isPodLevelResource(name) && value !== undefined) result[name] = value;
  }
  return result;
}

function podLevelLimits(spec: PodSpec): Mutable {
  const result: Mutable = {};
  for (const [name, quantity] of Object.entries(spec.resources?.limits ?? {})) {
    const value = parseQuantity(quantity);
    if (isPodLevelResource(name) && value !== undefined) result[name] = value;
  }
  return result;
}

const requestsMemo = new WeakMap<PodSpec, ResourceAmounts>();

/**
 * `RequestsForPods(pod)`: the containers' aggregate, pod-level requests replacing it for cpu,
 * memory and hugepages, `overhead` (RuntimeClass) added, and `pods: 1`. Memoised per spec object:
 * the engine asks for every replica of a workload. Unparsable quantities count as absent (the
 * validation layer reports them).
 */
export function podRequests(spec: PodSpec): ResourceAmounts {
  const cached = requestsMemo.get(spec);
  if (cached) return cached;
  const requests = aggregate(spec, 'requests');
  Object.assign(requests, podLevelRequests(spec, requests));
  add(requests, spec.overhead ?? {});
  requests.pods = 1;
  const frozen = Object.freeze(requests);
  requestsMemo.set(spec, frozen);
  return frozen;
}

/**
 * `PodLimits`: the same aggregate over limits, pod-level limits replacing it, overhead added only
 * to resources that have a limit (an unlimited resource stays unlimited). For the "requests versus
 * limits" explanation only: Karpenter never reads limits (spec 4.6).
 */
export function podLimits(spec: PodSpec): ResourceAmounts {
  const limits = aggregate(spec, 'limits');
  Object.assign(limits, podLevelLimits(spec));
  for (const [name, quantity] of Object.entries(spec.overhead ?? {})) {
    const value = parseQuantity(quantity);
    if (value !== undefined && (limits[name] ?? 0) > 0) limits[name] = limits[name]! + value;
  }
  return limits;
}
