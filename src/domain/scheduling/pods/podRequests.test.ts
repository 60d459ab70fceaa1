import { describe, expect, it } from 'vitest';
import { podLimits, podRequests } from './podRequests';
import type { Container, PodSpec, ResourceQuantities } from './workload';

const GI = 2 ** 30;

function container(requests?: ResourceQuantities, limits?: ResourceQuantities): Container {
  return { name: 'c', resources: { ...(requests && { requests }), ...(limits && { limits }) } };
}

function sidecar(requests: ResourceQuantities): Container {
  return { ...container(requests), restartPolicy: 'Always' };
}

function cpuOf(spec: PodSpec): number | undefined {
  return podRequests(spec).cpu;
}

describe('podRequests (RequestsForPods, spec 1.2)', () => {
  it('sums the regular containers and adds pods: 1', () => {
    const spec = {
      containers: [container({ cpu: '1', memory: '5' }), container({ cpu: '4', memory: '12' })],
    };
    expect(podRequests(spec)).toEqual({ cpu: 5, memory: 17, pods: 1 });
  });

  it('reads millicores and binary suffixes in base units', () => {
    expect(podRequests({ containers: [container({ cpu: '250m', memory: '2Gi' })] })).toEqual({
      cpu: 0.25,
      memory: 2 * GI,
      pods: 1,
    });
  });

  it('requests the limit when a container sets only a limit (a limits-only GPU asks for 1)', () => {
    const spec = { containers: [container({ cpu: '1' }, { cpu: '2', 'nvidia.com/gpu': '1' })] };
    expect(podRequests(spec)).toEqual({ cpu: 1, 'nvidia.com/gpu': 1, pods: 1 });
  });

  it('keeps an explicit request below its limit', () => {
    expect(cpuOf({ containers: [container({ cpu: '500m' }, { cpu: '4' })] })).toBe(0.5);
  });

  it('takes a larger init container over the containers (nil options, larger init container)', () => {
    expect(
      cpuOf({ initContainers: [container({ cpu: '4' })], containers: [container({ cpu: '1' })] }),
    ).toBe(4);
  });

  it('takes the containers over a smaller init container (nil options, larger containers)', () => {
    const spec = {
      initContainers: [container({ cpu: '2' })],
      containers: [container({ cpu: '2' }), container({ cpu: '3' })],
    };
    expect(cpuOf(spec)).toBe(5);
  });

  it('adds sidecars to the containers (multiple restartable init containers: max(5, 3+2+1+1) = 7)', () => {
    const spec = {
      initContainers: [
        container({ cpu: '5' }),
        sidecar({ cpu: '1' }),
        sidecar({ cpu: '2' }),
        sidecar({ cpu: '3' }),
      ],
      containers: [container({ cpu: '1' })],
    };
    expect(cpuOf(spec)).toBe(7);
  });

  it('counts only the sidecars declared before an init container (multiple restartable and regular: 5+1+2 = 8)', () => {
    const spec = {
      initContainers: [
        container({ cpu: '5' }),
        sidecar({ cpu: '1' }),
        sidecar({ cpu: '2' }),
        container({ cpu: '5' }),
        sidecar({ cpu: '3' }),
      ],
      containers: [container({ cpu: '1' })],
    };
    expect(cpuOf(spec)).toBe(8);
  });

  it('runs an init container beside an earlier sidecar (restartable-init, init and regular: 210)', () => {
    const spec = {
      initContainers: [sidecar({ cpu: '10' }), container({ cpu: '200' })],
      containers: [container({ cpu: '100' })],
    };
    expect(cpuOf(spec)).toBe(210);
  });

  it('applies limits-to-requests defaulting to init containers too', () => {
    const spec = {
      initContainers: [container(undefined, { cpu: '3' })],
      containers: [container({ cpu: '1' })],
    };
    expect(cpuOf(spec)).toBe(3);
  });

  it('adds the RuntimeClass overhead (req-and-overhead: 1+5 cpu, 10+5 memory)', () => {
    const spec = {
      containers: [container({ cpu: '1', memory: '10' })],
      overhead: { cpu: '5', memory: '5' },
    };
    expect(podRequests(spec)).toEqual({ cpu: 6, memory: 15, pods: 1 });
  });

  it('replaces cpu and memory with pod-level requests, keeping other resources from the containers', () => {
    const spec: PodSpec = {
      resources: { requests: { cpu: '2', memory: '1Gi' } },
      containers: [container({ cpu: '500m', memory: '256Mi', 'ephemeral-storage': '1Gi' })],
    };
    expect(podRequests(spec)).toEqual({ cpu: 2, memory: GI, 'ephemeral-storage': GI, pods: 1 });
  });

  it('does not let pod-level resources replace an extended resource', () => {
    const spec: PodSpec = {
      resources: { requests: { 'nvidia.com/gpu': '4' } },
      containers: [container({ 'nvidia.com/gpu': '1' })],
    };
    expect(podRequests(spec)['nvidia.com/gpu']).toBe(1);
  });

  it('defaults a pod-level request to the pod-level limit when no container requests it', () => {
    const spec: PodSpec = { resources: { limits: { cpu: '3' } }, containers: [container()] };
    expect(cpuOf(spec)).toBe(3);
  });

  it('adds overhead on top of pod-level requests', () => {
    const spec: PodSpec = {
      resources: { requests: { cpu: '2' } },
      overhead: { cpu: '250m' },
      containers: [container({ cpu: '1' })],
    };
    expect(cpuOf(spec)).toBe(2.25);
  });

  it('treats an unparsable quantity as absent', () => {
    expect(podRequests({ containers: [container({ cpu: 'lots' })] })).toEqual({ pods: 1 });
  });

  it('returns the same frozen object for the same spec', () => {
    const spec = { containers: [container({ cpu: '1' })] };
    expect(podRequests(spec)).toBe(podRequests(spec));
    expect(Object.isFrozen(podRequests(spec))).toBe(true);
  });
});

describe('podLimits (PodLimits)', () => {
  it('aggregates limits like requests, sidecars included (restartable init container: 1+1)', () => {
    const spec = {
      initContainers: [{ ...container(undefined, { cpu: '1' }), restartPolicy: 'Always' }],
      containers: [container(undefined, { cpu: '1' })],
    };
    expect(podLimits(spec)).toEqual({ cpu: 2 });
  });

  it('adds overhead only to limited resources (pod overhead included: cpu 6, no memory limit)', () => {
    const spec = {
      overhead: { cpu: '1', memory: '1Gi' },
      initContainers: [container(undefined, { cpu: '2' })],
      containers: [container(undefined, { cpu: '2' }), container(undefined, { cpu: '3' })],
    };
    expect(podLimits(spec)).toEqual({ cpu: 6 });
  });

  it('never turns a request into a limit', () => {
    expect(podLimits({ containers: [container({ cpu: '1' })] })).toEqual({});
  });
});
