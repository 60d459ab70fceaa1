import { describe, expect, it } from 'vitest';
import {
  quantityProblem,
  requestLimitProblem,
  resourceRows,
  withContainerAdded,
  withImage,
  withQuantity,
  withResourceAdded,
  withResourceRemoved,
  containerNameProblem,
} from './containerEdits';
import type { Container } from './podSpec';

const app: Container = {
  name: 'app',
  image: 'nginx',
  resources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1Gi' } },
};

describe('a container’s requests and limits', () => {
  it('lists each resource once, with its request and limit side by side', () => {
    expect(resourceRows(app)).toEqual([
      { resource: 'cpu', request: '500m', limit: undefined },
      { resource: 'memory', request: '512Mi', limit: '1Gi' },
    ]);
  });

  it('asks for a GPU in limits, as NVIDIA’s examples do, and writes the count as a number', () => {
    const gpu = withResourceAdded(app, 'nvidia.com/gpu');
    expect(gpu.resources?.limits).toEqual({ memory: '1Gi', 'nvidia.com/gpu': 1 });
    expect(gpu.resources?.requests).toEqual(app.resources?.requests);
  });

  it('adds a divisible resource as a request, which is what placement reads', () => {
    const disk = withResourceAdded(app, 'ephemeral-storage');
    expect(disk.resources?.requests?.['ephemeral-storage']).toBe('1Gi');
  });

  it('drops a cleared quantity, and the resources object once nothing is left', () => {
    const bare: Container = { name: 'x', resources: { requests: { cpu: '1' } } };
    expect(withQuantity(bare, 'requests', 'cpu', '')).toEqual({ name: 'x' });
    expect(withResourceRemoved(app, 'memory').resources).toEqual({ requests: { cpu: '500m' } });
  });

  it('keeps a quantity as typed unless it is a plain count', () => {
    expect(withQuantity(app, 'requests', 'cpu', '2').resources?.requests?.cpu).toBe(2);
    expect(withQuantity(app, 'requests', 'cpu', '1.5').resources?.requests?.cpu).toBe('1.5');
    expect(withQuantity(app, 'requests', 'cpu', 'lots').resources?.requests?.cpu).toBe('lots');
  });

  it('names a new container so it does not collide, with modest requests', () => {
    const spec = withContainerAdded(withContainerAdded({ containers: [app] }));
    expect(spec.containers.map((c) => c.name)).toEqual(['app', 'app-2', 'app-3']);
    expect(spec.containers[1]?.resources?.requests).toEqual({ cpu: '100m', memory: '128Mi' });
  });

  it('leaves an empty image out', () => {
    expect(withImage(app, '')).not.toHaveProperty('image');
  });
});

describe('checks at the spot', () => {
  it('says a typed quantity is not one, with an example for the resource', () => {
    expect(quantityProblem('cpu', 'lots')).toBe('not a quantity: write e.g. 500m or 2');
    expect(quantityProblem('memory', '4GB!')).toBe('not a quantity: write e.g. 512Mi or 4Gi');
    expect(quantityProblem('cpu', '250m')).toBeUndefined();
    expect(quantityProblem('memory', '')).toBeUndefined();
  });

  it('counts devices whole and refuses negatives', () => {
    expect(quantityProblem('nvidia.com/gpu', '0.5')).toBe(
      'nvidia.com/gpu is counted in whole devices',
    );
    expect(quantityProblem('cpu', '-1')).toBe('must not be negative');
  });

  it('flags a limit below its request', () => {
    expect(requestLimitProblem({ resource: 'memory', request: '2Gi', limit: '1Gi' })).toBe(
      'the limit is below the request; the API server refuses it',
    );
    expect(
      requestLimitProblem({ resource: 'memory', request: '1Gi', limit: '2Gi' }),
    ).toBeUndefined();
    expect(
      requestLimitProblem({ resource: 'cpu', request: '1', limit: undefined }),
    ).toBeUndefined();
  });

  it('flags a GPU request that differs from its limit: devices cannot be overcommitted', () => {
    expect(requestLimitProblem({ resource: 'nvidia.com/gpu', request: '2', limit: '1' })).toMatch(
      /must equal the limit/,
    );
  });

  it('checks container names: required, DNS label, unique in the pod', () => {
    const containers: Container[] = [{ name: 'app' }, { name: 'app' }, { name: 'Web' }, {}];
    expect(containerNameProblem(containers, 0)).toBe('another container of this pod has this name');
    expect(containerNameProblem(containers, 2)).toMatch(/lowercase letters/);
    expect(containerNameProblem(containers, 3)).toBe('a container needs a name');
  });
});
