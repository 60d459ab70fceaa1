import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../../test/support/crdOracle';
import { defaultEC2NodeClass } from '../../karpenter/model/defaults';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import { convertToV1 } from './convertToV1';
import {
  DEFAULT_KUBELET,
  v1beta1EC2NodeClass,
  v1beta1NodePool,
} from '../../../../test/convert/olderManifests';

type Json = Record<string, unknown>;

function convert(manifest: Json, others: Json[] = []) {
  const conversion = convertToV1(manifest, { others });
  return { ...conversion, pool: conversion.converted[0] as NodePool };
}

describe('converting a karpenter.sh/v1beta1 NodePool', () => {
  it('gives a NodePool the v1 CRD accepts', () => {
    const { pool, from } = convert(v1beta1NodePool(), [v1beta1EC2NodeClass()]);
    expect(from).toBe('karpenter.sh/v1beta1 NodePool');
    expect(pool.apiVersion).toBe('karpenter.sh/v1');
    expect(validateManifest(pool)).toEqual({ valid: true, errors: [] });
  });

  it('names the EC2NodeClass by group and kind instead of apiVersion', () => {
    const { pool, changes } = convert(v1beta1NodePool({ className: 'gpu' }));
    expect(pool.spec.template.spec.nodeClassRef).toEqual({
      group: 'karpenter.k8s.aws',
      kind: 'EC2NodeClass',
      name: 'gpu',
    });
    expect(changes).toContain(
      'nodeClassRef now names group karpenter.k8s.aws and kind EC2NodeClass instead of apiVersion karpenter.k8s.aws/v1beta1: v1 requires group, kind and name.',
    );
  });

  it('moves expireAfter from spec.disruption into the template and says expiry is forceful', () => {
    const { pool, changes } = convert(
      v1beta1NodePool({
        disruption: { consolidationPolicy: 'WhenUnderutilized', expireAfter: '168h' },
      }),
    );
    expect(pool.spec.template.spec.expireAfter).toBe('168h');
    expect(pool.spec.disruption).not.toHaveProperty('expireAfter');
    expect(changes).toContain('expireAfter moved from spec.disruption to spec.template.spec.');
    expect(changes).toContain(
      'Expiry is forceful in v1: a node that reaches expireAfter (168h) drains at once, without waiting for a replacement; spec.template.spec.terminationGracePeriod bounds the drain.',
    );
  });

  it('says nothing of forceful expiry for a pool whose nodes never expire', () => {
    const { pool, changes } = convert(
      v1beta1NodePool({
        disruption: { consolidationPolicy: 'WhenUnderutilized', expireAfter: 'Never' },
      }),
    );
    expect(pool.spec.template.spec.expireAfter).toBe('Never');
    expect(changes.some((line) => line.startsWith('Expiry is forceful'))).toBe(false);
  });

  it('renames WhenUnderutilized and sets the now required consolidateAfter to 0s', () => {
    const { pool, changes } = convert(v1beta1NodePool());
    expect(pool.spec.disruption).toEqual({
      consolidationPolicy: 'WhenEmptyOrUnderutilized',
      consolidateAfter: '0s',
      budgets: [{ nodes: '10%' }],
    });
    expect(changes).toContain(
      'consolidationPolicy WhenUnderutilized is called WhenEmptyOrUnderutilized in v1.',
    );
    expect(changes).toContain(
      'consolidateAfter is now required: set to 0s to keep the v1beta1 behaviour of WhenUnderutilized.',
    );
  });

  it('writes out the v1beta1 default disruption when the pool had none', () => {
    const pool = v1beta1NodePool();
    delete (pool.spec as Json).disruption;
    const converted = convert(pool);
    expect(converted.pool.spec.disruption).toEqual({
      consolidationPolicy: 'WhenEmptyOrUnderutilized',
      consolidateAfter: '0s',
    });
    expect(converted.pool.spec.template.spec).not.toHaveProperty('expireAfter');
    expect(converted.changes).toContain(
      'consolidationPolicy set to WhenEmptyOrUnderutilized, the v1 name of the v1beta1 default WhenUnderutilized.',
    );
    expect(validateManifest(converted.pool).valid).toBe(true);
  });

  it('keeps the consolidateAfter of a WhenEmpty pool', () => {
    const { pool, warnings } = convert(
      v1beta1NodePool({
        kubelet: undefined,
        disruption: { consolidationPolicy: 'WhenEmpty', consolidateAfter: '5m' },
      }),
    );
    expect(pool.spec.disruption).toEqual({
      consolidationPolicy: 'WhenEmpty',
      consolidateAfter: '5m',
    });
    expect(warnings).toEqual([]);
  });

  it('keeps requirements with minValues, labels, taints, budgets, limits and weight as they were', () => {
    const older = v1beta1NodePool();
    const olderTemplate = (older.spec as Json).template as { metadata: Json; spec: Json };
    const { pool } = convert(older);
    expect(pool.spec.template.spec.requirements).toEqual(olderTemplate.spec.requirements);
    expect(pool.spec.template.spec.requirements[0]?.minValues).toBe(2);
    expect(pool.spec.template.spec.taints).toEqual(olderTemplate.spec.taints);
    expect(pool.spec.template.metadata).toEqual(olderTemplate.metadata);
    expect(pool.spec.limits).toEqual({ cpu: 1000, memory: '1000Gi' });
    expect(pool.spec.weight).toBe(10);
  });

  it('hands the kubelet to the EC2NodeClass it points at when that class is in the import', () => {
    const nodeClass = v1beta1EC2NodeClass();
    const { pool, changes, warnings, converted } = convert(v1beta1NodePool(), [nodeClass]);
    expect(pool.spec.template.spec).not.toHaveProperty('kubelet');
    expect(converted).toHaveLength(1);
    expect(changes).toContain(
      'kubelet moved to EC2NodeClass "default" (spec.kubelet): v1 keeps kubelet settings on the EC2NodeClass.',
    );
    expect(warnings).toEqual([]);
    const classConversion = convertToV1(nodeClass, { others: [v1beta1NodePool()] });
    expect((classConversion.converted[0] as EC2NodeClass).spec.kubelet).toEqual(DEFAULT_KUBELET);
  });

  it('warns with the kubelet to copy when its EC2NodeClass is not in the import', () => {
    const { pool, warnings } = convert(v1beta1NodePool({ className: 'elsewhere' }));
    expect(pool.spec.template.spec).not.toHaveProperty('kubelet');
    expect(warnings).toEqual([
      'kubelet settings must move to the spec.kubelet of EC2NodeClass "elsewhere", which is not in this import; add them there: {"maxPods":110,"systemReserved":{"cpu":"100m","memory":"100Mi"}}.',
    ]);
    expect(validateManifest(pool).valid).toBe(true);
  });

  it('adds the kubelet to a v1 EC2NodeClass of the import and returns that class too', () => {
    const v1Class = defaultEC2NodeClass('default');
    const { converted, changes } = convert(v1beta1NodePool(), [v1Class]);
    const updated = converted[1] as EC2NodeClass;
    expect(updated.metadata.name).toBe('default');
    expect(updated.spec.kubelet).toEqual(DEFAULT_KUBELET);
    expect(v1Class.spec.kubelet).toBeUndefined();
    expect(validateManifest(updated)).toEqual({ valid: true, errors: [] });
    expect(changes).toContain(
      'kubelet moved to EC2NodeClass "default" (spec.kubelet), which is updated as well: v1 keeps kubelet settings on the EC2NodeClass.',
    );
  });

  it('does not overwrite the different kubelet a v1 EC2NodeClass already has', () => {
    const v1Class = defaultEC2NodeClass('default');
    v1Class.spec.kubelet = { maxPods: 58 };
    const { converted, warnings } = convert(v1beta1NodePool(), [v1Class]);
    expect(converted).toHaveLength(1);
    expect(warnings).toEqual([
      'kubelet settings were not moved: EC2NodeClass "default" already has different ones. Reconcile them, or give this NodePool its own EC2NodeClass with: {"maxPods":110,"systemReserved":{"cpu":"100m","memory":"100Mi"}}.',
    ]);
  });

  it('removes the kubelet compatibility annotation and the resources v1 dropped', () => {
    const older = v1beta1NodePool({
      metadata: {
        annotations: {
          'compatibility.karpenter.sh/v1beta1-kubelet-conversion': '{"maxPods":110}',
          'example.com/owner': 'web',
        },
      },
    });
    const templateSpec = ((older.spec as Json).template as { spec: Json }).spec;
    templateSpec.resources = { requests: { cpu: '1' } };
    const { pool, changes } = convert(older);
    expect(pool.metadata.annotations).toEqual({ 'example.com/owner': 'web' });
    expect(pool.spec.template.spec).not.toHaveProperty('resources');
    expect(changes).toContain(
      'Annotation compatibility.karpenter.sh/v1beta1-kubelet-conversion removed: it only served the v1beta1 to v1 conversion.',
    );
    expect(changes).toContain(
      'spec.template.spec.resources removed: v1 NodePools take no resource requests.',
    );
    expect(validateManifest(pool).valid).toBe(true);
  });

  it('renames the node annotations v1 no longer honours to karpenter.sh/do-not-disrupt', () => {
    const older = v1beta1NodePool();
    const template = (older.spec as Json).template as Json;
    template.metadata = { annotations: { 'karpenter.sh/do-not-evict': 'true', note: 'kept' } };
    const { pool, changes } = convert(older);
    expect(pool.spec.template.metadata?.annotations).toEqual({
      'karpenter.sh/do-not-disrupt': 'true',
      note: 'kept',
    });
    expect(changes).toContain(
      'Node annotation karpenter.sh/do-not-evict became karpenter.sh/do-not-disrupt: v1 no longer supports karpenter.sh/do-not-evict.',
    );
  });

  it('drops a requirement on the retired karpenter.k8s.aws/instance-pods label with a warning', () => {
    const older = v1beta1NodePool({ kubelet: undefined });
    const templateSpec = ((older.spec as Json).template as { spec: Json }).spec;
    (templateSpec.requirements as Json[]).push({
      key: 'karpenter.k8s.aws/instance-pods',
      operator: 'Gt',
      values: ['20'],
    });
    const { pool, warnings } = convert(older);
    expect(pool.spec.template.spec.requirements.map((r) => r.key)).not.toContain(
      'karpenter.k8s.aws/instance-pods',
    );
    expect(warnings).toEqual([
      'The requirement on karpenter.k8s.aws/instance-pods was removed: the label was dropped in v1beta1. Check the pool still selects what you meant.',
    ]);
    expect(validateManifest(pool).valid).toBe(true);
  });

  it('puts apiVersion, kind, metadata and spec first and keeps the order of the rest', () => {
    const { pool } = convert({ metadata: { name: 'x' }, ...v1beta1NodePool() });
    expect(Object.keys(pool).slice(0, 4)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(Object.keys(pool.spec)).toEqual(['template', 'disruption', 'limits', 'weight']);
    expect(Object.keys(pool.spec.template.spec)).toEqual([
      'nodeClassRef',
      'requirements',
      'taints',
      'expireAfter',
    ]);
  });

  it('leaves the manifest it was given untouched', () => {
    const older = v1beta1NodePool();
    const copy = structuredClone(older);
    convert(older, [v1beta1EC2NodeClass()]);
    expect(older).toEqual(copy);
  });
});
