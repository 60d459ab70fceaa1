import { describe, expect, it } from 'vitest';
import {
  isWorkloadManifest,
  newWorkloadManifest,
  podTemplateOf,
  replicasOfManifest,
  withControllerKind,
  withPodTemplate,
  withReplicas,
  type WorkloadManifest,
} from './workloadManifest';

function cronJob(parallelism?: number, completions?: number): WorkloadManifest {
  const jobSpec: Record<string, unknown> = { template: { spec: { containers: [{ name: 'c' }] } } };
  if (parallelism !== undefined) jobSpec.parallelism = parallelism;
  if (completions !== undefined) jobSpec.completions = completions;
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly' },
    spec: { schedule: '0 2 * * *', jobTemplate: { spec: jobSpec } },
  };
}

describe('where each kind keeps its pod template', () => {
  it('reads a Deployment’s spec.template, a CronJob’s jobTemplate and a Pod’s own spec', () => {
    expect(podTemplateOf(newWorkloadManifest('web'))?.spec.containers).toHaveLength(1);
    expect(podTemplateOf(cronJob())?.spec.containers[0]?.name).toBe('c');
    const pod = newWorkloadManifest('debug', 'Pod');
    expect(podTemplateOf(pod)?.spec).toBe(pod.spec);
  });

  it('replaces the template and keeps everything else the manifest says', () => {
    const job = cronJob(2);
    const next = withPodTemplate(job, { spec: { containers: [{ name: 'new' }] } });
    expect(podTemplateOf(next)?.spec.containers[0]?.name).toBe('new');
    expect(next.spec.schedule).toBe('0 2 * * *');
    expect(replicasOfManifest(next)).toBe(2);
  });

  it('keeps a Pod’s name when its template is replaced', () => {
    const pod = newWorkloadManifest('debug', 'Pod');
    const next = withPodTemplate(pod, {
      metadata: { labels: { a: 'b' } },
      spec: podTemplateOf(pod)?.spec ?? { containers: [] },
    });
    expect(next.metadata).toEqual({ name: 'debug', labels: { a: 'b' } });
  });
});

describe('how many pods a workload asks for at once', () => {
  it('defaults a Deployment’s replicas to 1, as the API server does', () => {
    const deployment = newWorkloadManifest('web');
    const { replicas: _r, ...spec } = deployment.spec;
    expect(replicasOfManifest({ ...deployment, spec })).toBe(1);
    expect(replicasOfManifest(withReplicas(deployment, 5))).toBe(5);
  });

  it('runs a Job’s parallelism, never more than its completions', () => {
    expect(replicasOfManifest(cronJob(4, 2))).toBe(2);
    expect(replicasOfManifest(cronJob(4))).toBe(4);
    expect(replicasOfManifest(cronJob())).toBe(1);
  });

  it('raises a Job’s completions with its parallelism so the new count runs', () => {
    const job = withReplicas(newWorkloadManifest('batch', 'Job'), 6);
    expect(job.spec).toMatchObject({ parallelism: 6, completions: 6 });
    expect(replicasOfManifest(job)).toBe(6);
  });

  it('counts a Pod as one and a DaemonSet as none of its own (it runs per node)', () => {
    expect(replicasOfManifest(newWorkloadManifest('p', 'Pod'))).toBe(1);
    const daemonSet = newWorkloadManifest('agent', 'DaemonSet');
    expect(replicasOfManifest(daemonSet)).toBe(0);
    expect(withReplicas(daemonSet, 3)).toBe(daemonSet);
  });

  it('reads a negative or non-numeric count as no pods', () => {
    const deployment = newWorkloadManifest('web');
    expect(replicasOfManifest({ ...deployment, spec: { ...deployment.spec, replicas: -2 } })).toBe(
      0,
    );
    expect(replicasOfManifest({ ...deployment, spec: { ...deployment.spec, replicas: 'x' } })).toBe(
      0,
    );
  });
});

describe('switching the controller kind', () => {
  it('carries the name, labels, pod template and count over', () => {
    const deployment = withReplicas(newWorkloadManifest('web'), 3);
    const job = withControllerKind(deployment, 'Job');
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'web' } });
    expect(replicasOfManifest(job)).toBe(3);
    expect(podTemplateOf(job)?.spec.restartPolicy).toBe('Never');
    const back = withControllerKind(job, 'Deployment');
    expect(back.apiVersion).toBe('apps/v1');
    expect(podTemplateOf(back)?.spec.restartPolicy).toBeUndefined();
    expect(replicasOfManifest(back)).toBe(3);
  });
});

describe('reading a workload from outside', () => {
  it('takes each kind at its own apiVersion with a container list', () => {
    for (const kind of ['Deployment', 'StatefulSet', 'Job', 'CronJob', 'DaemonSet', 'Pod'] as const)
      expect(isWorkloadManifest(newWorkloadManifest('w', kind))).toBe(true);
  });

  it('refuses another apiVersion, a missing name or a template without containers', () => {
    const deployment = newWorkloadManifest('web');
    expect(isWorkloadManifest({ ...deployment, apiVersion: 'extensions/v1beta1' })).toBe(false);
    expect(isWorkloadManifest({ ...deployment, metadata: {} })).toBe(false);
    expect(isWorkloadManifest({ ...deployment, spec: { template: { spec: {} } } })).toBe(false);
    expect(isWorkloadManifest({ ...deployment, kind: 'constructor' })).toBe(false);
    expect(isWorkloadManifest(null)).toBe(false);
  });
});
