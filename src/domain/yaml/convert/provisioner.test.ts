import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../../test/support/crdOracle';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import { convertToV1 } from './convertToV1';
import { awsNodeTemplate, provisioner } from '../../../../test/convert/olderManifests';

type Json = Record<string, unknown>;

function convert(manifest: Json, others: Json[] = [awsNodeTemplate()]) {
  const conversion = convertToV1(manifest, { others });
  return { ...conversion, pool: conversion.converted[0] as NodePool };
}

describe('converting a karpenter.sh/v1alpha5 Provisioner', () => {
  it('gives a v1 NodePool the CRD accepts', () => {
    const { pool, from, converted } = convert(provisioner());
    expect(from).toBe('karpenter.sh/v1alpha5 Provisioner');
    expect(pool.apiVersion).toBe('karpenter.sh/v1');
    expect(pool.kind).toBe('NodePool');
    expect(converted).toHaveLength(1);
    expect(validateManifest(pool)).toEqual({ valid: true, errors: [] });
  });

  it('turns ttlSecondsAfterEmpty into WhenEmpty with the same wait', () => {
    const { pool, changes } = convert(provisioner('default', { ttlSecondsAfterEmpty: 120 }));
    expect(pool.spec.disruption).toEqual({
      consolidationPolicy: 'WhenEmpty',
      consolidateAfter: '2m',
    });
    expect(changes).toContain(
      'ttlSecondsAfterEmpty 120 became consolidationPolicy WhenEmpty with consolidateAfter 2m.',
    );
  });

  it('turns consolidation.enabled into WhenEmptyOrUnderutilized after 0s', () => {
    const older = provisioner('default', { consolidation: { enabled: true } });
    delete (older.spec as Json).ttlSecondsAfterEmpty;
    const { pool, changes } = convert(older);
    expect(pool.spec.disruption).toEqual({
      consolidationPolicy: 'WhenEmptyOrUnderutilized',
      consolidateAfter: '0s',
    });
    expect(changes).toContain(
      'consolidation.enabled became consolidationPolicy WhenEmptyOrUnderutilized (v1beta1 WhenUnderutilized) with consolidateAfter 0s, the required v1 field set to keep the old behaviour.',
    );
  });

  it('keeps a Provisioner that never removed empty nodes from starting to', () => {
    const older = provisioner();
    delete (older.spec as Json).ttlSecondsAfterEmpty;
    const { pool, changes } = convert(older);
    expect(pool.spec.disruption).toEqual({
      consolidationPolicy: 'WhenEmpty',
      consolidateAfter: 'Never',
    });
    expect(changes).toContain(
      'consolidationPolicy WhenEmpty with consolidateAfter Never: the Provisioner had neither consolidation nor ttlSecondsAfterEmpty, so it never removed nodes for being empty or underused.',
    );
    expect(validateManifest(pool).valid).toBe(true);
  });

  it('turns ttlSecondsUntilExpired into the template expireAfter, and its absence into Never', () => {
    const expiring = convert(provisioner('default', { ttlSecondsUntilExpired: 2592000 }));
    expect(expiring.pool.spec.template.spec.expireAfter).toBe('720h');
    expect(expiring.changes).toContain(
      'ttlSecondsUntilExpired 2592000 became spec.template.spec.expireAfter 720h.',
    );
    const lasting = convert(provisioner());
    expect(lasting.pool.spec.template.spec.expireAfter).toBe('Never');
    expect(lasting.changes).toContain(
      'expireAfter set to Never: without ttlSecondsUntilExpired the Provisioner never expired nodes, and v1 would default to 720h.',
    );
  });

  it('turns providerRef into a nodeClassRef to the EC2NodeClass of the same name', () => {
    const { pool, changes } = convert(provisioner('default', { providerRef: { name: 'gpu' } }));
    expect(pool.spec.template.spec.nodeClassRef).toEqual({
      group: 'karpenter.k8s.aws',
      kind: 'EC2NodeClass',
      name: 'gpu',
    });
    expect(changes).toContain(
      'providerRef became nodeClassRef {group: karpenter.k8s.aws, kind: EC2NodeClass, name: gpu}: AWSNodeTemplate "gpu" is an EC2NodeClass in v1.',
    );
  });

  it('moves labels, annotations, requirements and taints under the template, limits up a level', () => {
    const { pool, changes } = convert(provisioner());
    expect(pool.spec.template.metadata).toEqual({
      labels: { team: 'team-a' },
      annotations: { 'example.com/owner': 'team-a' },
    });
    expect(pool.spec.template.spec.taints).toEqual([
      { key: 'example.com/special-taint', value: 'true', effect: 'NoSchedule' },
    ]);
    expect(pool.spec.template.spec.startupTaints).toEqual([
      { key: 'example.com/another-taint', value: 'true', effect: 'NoSchedule' },
    ]);
    expect(pool.spec.limits).toEqual({ cpu: 1000, memory: '1000Gi' });
    expect(pool.spec.weight).toBe(50);
    expect(changes).toContain('limits.resources became limits.');
    expect(changes[0]).toBe(
      'Provisioner is called NodePool since v1beta1: labels, annotations, requirements and taints moved under spec.template; limits and weight stay on spec.',
    );
  });

  it('writes out the requirements v1alpha5 added by default', () => {
    const { pool, changes } = convert(provisioner());
    expect(pool.spec.template.spec.requirements).toEqual([
      { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['spot'] },
      { key: 'karpenter.k8s.aws/instance-category', operator: 'In', values: ['c', 'm', 'r'] },
      { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
      { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
    ]);
    expect(changes).toContain(
      'Requirement kubernetes.io/os In [linux] written out: v1alpha5 added it by default, later versions do not.',
    );
    const bare = convert(provisioner('default', { requirements: [] }));
    expect(bare.pool.spec.template.spec.requirements.map((r) => `${r.key} ${r.operator}`)).toEqual([
      'kubernetes.io/os In',
      'kubernetes.io/arch In',
      'karpenter.sh/capacity-type In',
      'karpenter.k8s.aws/instance-category In',
      'karpenter.k8s.aws/instance-generation Gt',
    ]);
    expect(validateManifest(bare.pool).valid).toBe(true);
  });

  it('hands kubeletConfiguration to the AWSNodeTemplate it names and drops containerRuntime', () => {
    const older = provisioner('default', {
      kubeletConfiguration: { maxPods: 20, containerRuntime: 'containerd' },
    });
    const template = awsNodeTemplate();
    const { pool, changes } = convert(older, [template]);
    expect(pool.spec.template.spec).not.toHaveProperty('kubeletConfiguration');
    expect(changes).toContain(
      'kubelet moved to EC2NodeClass "default" (spec.kubelet): v1 keeps kubelet settings on the EC2NodeClass.',
    );
    expect(changes).toContain(
      'kubelet containerRuntime removed: containerd is the only runtime since v1beta1.',
    );
    const nodeClass = convertToV1(template, { others: [older] }).converted[0] as EC2NodeClass;
    expect(nodeClass.spec.kubelet).toEqual({ maxPods: 20 });
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('warns that dockerd is gone', () => {
    const { warnings } = convert(
      provisioner('default', { kubeletConfiguration: { containerRuntime: 'dockerd' } }),
    );
    expect(warnings).toContain(
      'kubelet containerRuntime dockerd removed: nodes run containerd since v1beta1.',
    );
  });

  it('makes an EC2NodeClass named after the pool from an inline spec.provider', () => {
    const older = provisioner('legacy', {
      provider: {
        subnetSelector: { 'karpenter.sh/discovery': 'demo' },
        securityGroupSelector: { 'karpenter.sh/discovery': 'demo' },
        instanceProfile: 'KarpenterNodeInstanceProfile-demo',
        amiFamily: 'Bottlerocket',
        tags: { 'test-tag': 'test-value' },
      },
      kubeletConfiguration: { maxPods: 30 },
    });
    delete (older.spec as Json).providerRef;
    const { pool, converted, changes } = convert(older, []);
    expect(pool.spec.template.spec.nodeClassRef.name).toBe('legacy');
    const nodeClass = converted[1] as EC2NodeClass;
    expect(nodeClass.metadata.name).toBe('legacy');
    expect(nodeClass.spec.amiSelectorTerms).toEqual([{ alias: 'bottlerocket@latest' }]);
    expect(nodeClass.spec.kubelet).toEqual({ maxPods: 30 });
    expect(changes).toContain(
      'spec.provider became EC2NodeClass "legacy", which the NodePool\'s nodeClassRef names.',
    );
    expect(validateManifest(pool)).toEqual({ valid: true, errors: [] });
    expect(validateManifest(nodeClass)).toEqual({ valid: true, errors: [] });
  });

  it('points a Provisioner naming no node template at "default" and says so', () => {
    const older = provisioner();
    delete (older.spec as Json).providerRef;
    const { pool, warnings } = convert(older, []);
    expect(pool.spec.template.spec.nodeClassRef.name).toBe('default');
    expect(warnings).toEqual([
      'The Provisioner names no providerRef or provider; nodeClassRef set to EC2NodeClass "default": point it at the right class.',
    ]);
  });
});
