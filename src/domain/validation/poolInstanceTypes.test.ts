import { describe, expect, it } from 'vitest';
import { designOf, nodeClass } from '../../../test/fixtures/fixtures';
import { classWith, poolWith, requirement } from '../../../test/fixtures/nodePoolBuilders';
import { CATALOG } from '../../../test/support/instanceCatalog';
import { poolInstanceTypes } from './poolInstanceTypes';

const OS = 'kubernetes.io/os';
const FAMILY = 'karpenter.k8s.aws/instance-family';
const windowsClass = classWith('win', { amiSelectorTerms: [{ alias: 'windows2022@latest' }] });

function typesOf(...args: Parameters<typeof designOf>) {
  const design = designOf(...args);
  const pool = Object.values(design.resources).find((r) => r.kind === 'NodePool');
  if (pool?.kind !== 'NodePool') throw new Error('no pool');
  return poolInstanceTypes(design, pool, CATALOG).types;
}

describe('poolInstanceTypes', () => {
  it('gives a Linux class the catalog as it is', () => {
    const types = typesOf(nodeClass('default'), poolWith('web', [requirement(FAMILY, 'In', 'm5')]));
    expect(types.map((t) => t.name)).toContain('m5.large');
    expect(types.every((t) => t.labels[OS] === 'linux')).toBe(true);
  });

  it('labels a Windows class’s types windows, amd64 only', () => {
    const pool = poolWith('win', [requirement(OS, 'In', 'windows')], { className: 'win' });
    const types = typesOf(windowsClass, pool);
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => t.arch === 'amd64' && t.labels[OS] === 'windows')).toBe(true);
    const graviton = poolWith('win', [requirement(FAMILY, 'In', 'm7g')], { className: 'win' });
    expect(typesOf(windowsClass, graviton)).toEqual([]);
  });

  it('counts each type once when the class is missing and the OS unknown', () => {
    const types = typesOf(poolWith('web', [requirement(FAMILY, 'In', 'm5')]));
    expect(new Set(types.map((t) => t.name)).size).toBe(types.length);
  });

  it('narrows by template labels as well as requirements', () => {
    const pool = poolWith('web', [requirement(FAMILY, 'In', 'm5', 'm7g')]);
    const labelled = {
      ...pool,
      manifest: {
        ...pool.manifest,
        spec: {
          ...pool.manifest.spec,
          template: {
            ...pool.manifest.spec.template,
            metadata: { labels: { 'kubernetes.io/arch': 'arm64' } },
          },
        },
      },
    };
    const types = typesOf(nodeClass('default'), labelled);
    expect(new Set(types.map((t) => t.family))).toEqual(new Set(['m7g']));
  });

  it('does not judge node.kubernetes.io/windows-build, which the catalog does not model', () => {
    const pool = poolWith(
      'win',
      [
        requirement(OS, 'In', 'windows'),
        requirement('node.kubernetes.io/windows-build', 'In', '10.0.20348'),
      ],
      { className: 'win' },
    );
    expect(typesOf(windowsClass, pool).length).toBeGreaterThan(0);
  });
});
