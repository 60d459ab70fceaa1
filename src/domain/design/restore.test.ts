import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultEC2NodeClass } from '../karpenter/model/defaults';
import { exampleDesign } from './example';
import { restoreDesign, type RestoreResult } from './restore';
import type { Design } from './types';

/** A design as it comes back from storage: plain JSON, no shared objects. */
function saved(design: Design = exampleDesign()): { resources: Record<string, unknown> } {
  return JSON.parse(JSON.stringify(design)) as { resources: Record<string, unknown> };
}

function restored(raw: unknown): Extract<RestoreResult, { ok: true }> {
  const result = restoreDesign(raw);
  if (!result.ok) throw new Error(`expected the design to restore: ${result.reason}`);
  return result;
}

function withResource(id: string, value: unknown): { resources: Record<string, unknown> } {
  const raw = saved();
  raw.resources[id] = value;
  return raw;
}

describe('restoreDesign', () => {
  it('round-trips the example design through JSON unchanged', () => {
    const { design, dropped } = restored(saved());
    expect(design).toEqual(exampleDesign());
    expect(dropped).toEqual([]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"resources":{}}'],
    ['a boolean', true],
    ['an array', [{ resources: {} }]],
    ['an object without resources', { shapes: [] }],
    ['resources that are null', { resources: null }],
    ['resources that are an array', { resources: [] }],
    ['resources that are a string', { resources: 'np-1' }],
  ])('rejects %s with a reason', (_what, raw) => {
    const result = restoreDesign(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('it does not contain a design');
  });

  it('rejects a top-level __proto__ key from JSON.parse without touching any prototype', () => {
    const raw: unknown = JSON.parse('{"__proto__": {"resources": {}}}');
    expect(restoreDesign(raw).ok).toBe(false);
    expect(({} as Record<string, unknown>)['resources']).toBeUndefined();
  });

  it('gives a resource keyed __proto__ another id instead of swapping the prototype', () => {
    const raw: unknown = JSON.parse(
      '{"resources": {"__proto__": {"kind": "MigProfile", "name": "x", "config": "all-1g.10gb"},' +
        '"__proto__-1": {"kind": "MigProfile", "name": "y", "config": "all-1g.10gb"}}}',
    );
    const { design, dropped } = restored(raw);
    expect(Object.getPrototypeOf(design.resources)).toBe(Object.prototype);
    expect((design.resources as Record<string, unknown>)['kind']).toBeUndefined();
    expect(Object.keys(design.resources).sort()).toEqual(['__proto__-1', '__proto__-2']);
    expect(design.resources['__proto__-2']).toMatchObject({ id: '__proto__-2', name: 'x' });
    expect(dropped).toEqual([]);
  });

  it('keeps a pool attached to a MIG profile that was saved under __proto__', () => {
    const raw = withResource('np-general', {
      ...exampleDesign().resources['np-general'],
      migProfileId: '__proto__',
    });
    const text = JSON.stringify(raw).replace(
      '"resources":{',
      '"resources":{"__proto__":{"kind":"MigProfile","name":"x","config":"all-1g.10gb"},',
    );
    const { design } = restored(JSON.parse(text));
    expect(design.resources['np-general']).toMatchObject({ migProfileId: '__proto__-1' });
    expect(design.resources['__proto__-1']).toMatchObject({ kind: 'MigProfile' });
  });

  it('survives deeply nested junk', () => {
    let junk: unknown = 'bottom';
    for (let depth = 0; depth < 10_000; depth++) {
      junk = depth % 2 ? [junk] : { resources: junk, kind: 'NodePool', manifest: junk };
    }
    expect(() => restoreDesign(junk)).not.toThrow();
    expect(() => restoreDesign({ resources: { deep: junk } })).not.toThrow();
  });

  it('never throws on arbitrary JSON and always says ok or why not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ resources: fc.jsonValue() })), (raw) => {
        const result = restoreDesign(raw);
        if (result.ok) expect(Array.isArray(result.dropped)).toBe(true);
        else expect(result.reason).not.toBe('');
      }),
      { numRuns: 200 },
    );
  });

  it('drops an unreadable resource, keeps the rest and lists what was dropped', () => {
    const raw = saved();
    raw.resources['np-general'] = { kind: 'NodePool', position: { x: 0, y: 0 }, manifest: {} };
    raw.resources['weird'] = 7;
    raw.resources['alien'] = { kind: 'Deployment' };
    const { design, dropped } = restored(raw);
    expect(Object.keys(design.resources).sort()).toEqual(
      Object.keys(exampleDesign().resources)
        .filter((id) => id !== 'np-general')
        .sort(),
    );
    expect(dropped).toHaveLength(3);
    expect(dropped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^np-general: .*NodePool/),
        expect.stringMatching(/^weird: /),
        expect.stringMatching(/^alien: .*Deployment/),
      ]),
    );
  });

  it.each([
    [
      'a NodePool without requirements',
      {
        kind: 'NodePool',
        manifest: {
          apiVersion: 'karpenter.sh/v1',
          kind: 'NodePool',
          metadata: { name: 'x' },
          spec: { template: { spec: { nodeClassRef: { name: 'default' } } } },
        },
      },
    ],
    [
      'an EC2NodeClass of another apiVersion',
      {
        kind: 'EC2NodeClass',
        manifest: { ...defaultEC2NodeClass('old'), apiVersion: 'karpenter.k8s.aws/v1beta1' },
      },
    ],
    ['a MIG profile without a config', { kind: 'MigProfile', name: 'h100' }],
  ])('drops %s', (_what, value) => {
    const { design, dropped } = restored(withResource('bad', value));
    expect(design.resources).not.toHaveProperty(['bad']);
    expect(dropped).toEqual([expect.stringMatching(/^bad: /)]);
  });

  it('repairs a missing or malformed position to the origin', () => {
    const raw = saved();
    const pool = raw.resources['np-general'] as Record<string, unknown>;
    delete pool['position'];
    (raw.resources['nc-default'] as Record<string, unknown>)['position'] = { x: '1', y: 2 };
    const { design, dropped } = restored(raw);
    expect(design.resources['np-general']?.position).toEqual({ x: 0, y: 0 });
    expect(design.resources['nc-default']?.position).toEqual({ x: 0, y: 0 });
    expect(design.resources['np-gpu-spot']?.position).toEqual(
      exampleDesign().resources['np-gpu-spot']?.position,
    );
    expect(dropped).toEqual([]);
  });

  it('removes a migProfileId pointing at nothing', () => {
    const raw = saved();
    (raw.resources['np-general'] as Record<string, unknown>)['migProfileId'] = 'mig-gone';
    const { design } = restored(raw);
    expect(design.resources['np-general']).not.toHaveProperty('migProfileId');
    expect(design.resources['np-batch']).toHaveProperty('migProfileId', 'mig-h100-1g');
  });

  it('removes a migProfileId whose profile was dropped or is not a profile', () => {
    const raw = saved();
    raw.resources['mig-h100-1g'] = { kind: 'MigProfile' };
    (raw.resources['np-general'] as Record<string, unknown>)['migProfileId'] = 'nc-default';
    const { design } = restored(raw);
    expect(design.resources['np-batch']).not.toHaveProperty('migProfileId');
    expect(design.resources['np-general']).not.toHaveProperty('migProfileId');
  });
});
