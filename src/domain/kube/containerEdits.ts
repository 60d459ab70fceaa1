/**
 * A pod's containers and what each asks for. Karpenter and the scheduler place pods by the sum
 * of their containers' requests; limits only bound them at run time (scheduling.md 2).
 */
import { removeAt, replaceAt } from '../lib/listEdits';
import { withOptional } from '../lib/mapEdits';
import { parseQuantity } from '../lib/quantity';
import type { Container, PodSpec, ResourceQuantities } from './podSpec';

/** The resources a placement turns on, offered in every container besides the MIG ones. */
export const POD_RESOURCES = [
  'cpu',
  'memory',
  'ephemeral-storage',
  'nvidia.com/gpu',
  'aws.amazon.com/neuron',
  'vpc.amazonaws.com/efa',
] as const;

export type ResourceSide = 'requests' | 'limits';

/** cpu, memory and storage are divisible; every other resource is counted in whole devices. */
const DIVISIBLE = /^(cpu|memory|ephemeral-storage|hugepages-.+)$/;

export function isExtendedResource(resource: string): boolean {
  return !DIVISIBLE.test(resource);
}

const FRESH_CONTAINER: Container = {
  image: 'registry.k8s.io/pause:3.10',
  resources: { requests: { cpu: '100m', memory: '128Mi' } },
};

/** The first of `app`, `app-2`, `app-3`... no container of the pod has: names must be unique. */
function freeName(containers: readonly Container[]): string {
  const taken = new Set(containers.map((c) => c.name));
  if (!taken.has('app')) return 'app';
  let n = 2;
  while (taken.has(`app-${n}`)) n += 1;
  return `app-${n}`;
}

export function withContainerAdded(spec: PodSpec): PodSpec {
  const container = { name: freeName(spec.containers), ...structuredClone(FRESH_CONTAINER) };
  return { ...spec, containers: [...spec.containers, container] };
}

export function withContainerRemoved(spec: PodSpec, index: number): PodSpec {
  return { ...spec, containers: removeAt(spec.containers, index) };
}

export function withContainerAt(
  spec: PodSpec,
  index: number,
  update: (container: Container) => Container,
): PodSpec {
  const current = spec.containers[index];
  if (!current) return spec;
  return { ...spec, containers: replaceAt(spec.containers, index, update(current)) };
}

/** A container's name, or why it is not one (the API server's DNS-1123 label rule). */
export function containerNameProblem(
  containers: readonly Container[],
  index: number,
): string | undefined {
  const name = containers[index]?.name ?? '';
  if (name === '') return 'a container needs a name';
  if (name.length > 63) return 'at most 63 characters';
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name))
    return 'lowercase letters, digits and "-", starting and ending with a letter or digit';
  if (containers.some((c, i) => i !== index && c.name === name))
    return 'another container of this pod has this name';
  return undefined;
}

/** Sets an image; an empty one is left out (the API server then says it is required). */
export function withImage(container: Container, image: string): Container {
  return withOptional(container, 'image', image === '' ? undefined : image);
}

/** One resource of a container, as the form shows it: a request and a limit side by side. */
export interface ResourceRow {
  resource: string;
  request: string | undefined;
  limit: string | undefined;
}

function text(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** The resources a container names, in the order its requests then its limits list them. */
export function resourceRows(container: Container): ResourceRow[] {
  const requests = container.resources?.requests ?? {};
  const limits = container.resources?.limits ?? {};
  const names = [...new Set([...Object.keys(requests), ...Object.keys(limits)])];
  return names.map((resource) => ({
    resource,
    request: text(requests[resource]),
    limit: text(limits[resource]),
  }));
}

function withSide(
  container: Container,
  side: ResourceSide,
  quantities: ResourceQuantities,
): Container {
  const resources = withOptional(
    { ...(container.resources ?? {}) },
    side,
    Object.keys(quantities).length > 0 ? quantities : undefined,
  );
  return withOptional(
    container,
    'resources',
    Object.keys(resources).length > 0 ? resources : undefined,
  );
}

/** Sets one quantity as typed, or removes it when the text is empty. */
export function withQuantity(
  container: Container,
  side: ResourceSide,
  resource: string,
  value: string,
): Container {
  const current = { ...(container.resources?.[side] ?? {}) };
  const typed = value.trim();
  if (typed === '') delete current[resource];
  // A count is written as a number (`nvidia.com/gpu: 1`), as manifests write it; the rest as typed.
  else current[resource] = /^[1-9]\d{0,8}$/.test(typed) ? Number(typed) : typed;
  return withSide(container, side, current);
}

/** Adds a resource with a request of one unit (a device, a core, 1Gi): the row to fill in. */
export function withResourceAdded(container: Container, resource: string): Container {
  if (resourceRows(container).some((row) => row.resource === resource)) return container;
  const amount = resource === 'memory' || resource === 'ephemeral-storage' ? '1Gi' : '1';
  // An extended resource is asked for in limits (its request defaults to the limit) as NVIDIA's
  // and AWS's examples write it; divisible ones get a request, which is what placement reads.
  return isExtendedResource(resource)
    ? withQuantity(container, 'limits', resource, amount)
    : withQuantity(container, 'requests', resource, amount);
}

export function withResourceRemoved(container: Container, resource: string): Container {
  const without = withQuantity(container, 'requests', resource, '');
  return withQuantity(without, 'limits', resource, '');
}

/** Why a typed quantity is not one the API server takes, or undefined when it is. */
export function quantityProblem(resource: string, value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const amount = parseQuantity(value);
  if (amount === undefined) return `not a quantity: write e.g. ${exampleOf(resource)}`;
  if (amount < 0) return 'must not be negative';
  if (isExtendedResource(resource) && !Number.isInteger(amount))
    return `${resource} is counted in whole devices`;
  return undefined;
}

function exampleOf(resource: string): string {
  if (resource === 'cpu') return '500m or 2';
  if (!isExtendedResource(resource)) return '512Mi or 4Gi';
  return '1';
}

/**
 * Why a request and limit do not go together, or undefined: the API server refuses a limit
 * below its request, and an extended resource cannot be overcommitted (request must equal limit).
 */
export function requestLimitProblem(row: ResourceRow): string | undefined {
  const request = row.request === undefined ? undefined : parseQuantity(row.request);
  const limit = row.limit === undefined ? undefined : parseQuantity(row.limit);
  if (request === undefined || limit === undefined) return undefined;
  if (isExtendedResource(row.resource) && request !== limit)
    return `${row.resource} cannot be overcommitted: the request must equal the limit`;
  if (limit < request) return 'the limit is below the request; the API server refuses it';
  return undefined;
}
