import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validateYamlDocuments } from '../../../../test/support/crdOracle';
import { exampleDesign } from '../../design/example';
import { addResource, renameResource } from '../../design/operations';
import { connect } from '../../design/references';
import { EMPTY_DESIGN, type Design, type ResourceKind } from '../../design/types';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import { ORIGIN, sequentialIds } from '../../../../test/fixtures/fixtures';
import { exportDesign } from './exportDesign';

/** Adds resources in order, as a user dropping them from the palette would. */
function designBuiltBy(...kinds: ResourceKind[]): {
  design: Design;
  idOf: (kind: ResourceKind) => string;
} {
  const nextId = sequentialIds();
  let design = EMPTY_DESIGN;
  const ids = new Map<ResourceKind, string>();
  for (const kind of kinds) {
    const added = addResource(design, kind, ORIGIN, nextId);
    design = added.design;
    if (!ids.has(kind)) ids.set(kind, added.id);
  }
  return { design, idOf: (kind) => ids.get(kind) ?? `no ${kind} was added` };
}

function exportedManifests(design: Design): (NodePool | EC2NodeClass)[] {
  return parseAllDocuments(exportDesign(design).text).map(
    (doc) => doc.toJS() as NodePool | EC2NodeClass,
  );
}

function expectEveryDocumentAccepted(design: Design): void {
  const results = validateYamlDocuments(exportDesign(design).text);
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) expect(result.errors).toEqual([]);
}

describe('exportDesign passes the Karpenter CRDs', () => {
  it('for the example design', () => {
    const results = validateYamlDocuments(exportDesign(exampleDesign()).text);
    // two classes, four pools and the NodeOverlay of the mixed-strategy MIG pool
    expect(results).toHaveLength(7);
    expect(results.filter((r) => !r.valid)).toEqual([]);
  });

  it('for a new NodePool in an empty design', () => {
    expectEveryDocumentAccepted(designBuiltBy('NodePool').design);
  });

  it('for a new NodePool added after an EC2NodeClass', () => {
    expectEveryDocumentAccepted(designBuiltBy('EC2NodeClass', 'NodePool').design);
  });

  it('for a new EC2NodeClass on its own', () => {
    expectEveryDocumentAccepted(designBuiltBy('EC2NodeClass').design);
  });

  it('for a new MIG profile attached to a new NodePool', () => {
    const { design, idOf } = designBuiltBy('EC2NodeClass', 'NodePool', 'MigProfile');
    const attached = connect(design, idOf('MigProfile'), idOf('NodePool'));
    expect(attached).not.toBe(design);
    expectEveryDocumentAccepted(attached);
  });

  it('for names YAML 1.1 would read as booleans or numbers', () => {
    // kubectl parses YAML 1.1, where a bare `on` is true and `0b101` is 5.
    const { design, idOf } = designBuiltBy('EC2NodeClass', 'NodePool');
    for (const [className, poolName] of [
      ['no', 'on'],
      ['y', 'off'],
      ['0b101', 'yes'],
    ] as const) {
      const renamed = renameResource(
        renameResource(design, idOf('EC2NodeClass'), className),
        idOf('NodePool'),
        poolName,
      );
      expectEveryDocumentAccepted(renamed);
    }
  });
});

describe('the exported example design', () => {
  it('points the GPU pools at gpu-al2023 and the general pool at default', () => {
    const classByPool = Object.fromEntries(
      exportedManifests(exampleDesign())
        .filter((m): m is NodePool => m.kind === 'NodePool')
        .map((pool) => [pool.metadata.name, pool.spec.template.spec.nodeClassRef.name]),
    );
    expect(classByPool).toEqual({
      'gpu-spot': 'gpu-al2023',
      'gpu-ondemand': 'gpu-al2023',
      batch: 'gpu-al2023',
      general: 'default',
    });
  });

  it('contains both EC2NodeClasses the pools reference', () => {
    const classNames = exportedManifests(exampleDesign())
      .filter((m) => m.kind === 'EC2NodeClass')
      .map((m) => m.metadata.name);
    expect(classNames).toEqual(['default', 'gpu-al2023']);
  });

  it('exports no document for the MIG profile itself, only the capacity Karpenter needs', () => {
    const kinds = exportedManifests(exampleDesign()).map((m) => m.kind);
    expect(new Set(kinds)).toEqual(new Set(['EC2NodeClass', 'NodePool', 'NodeOverlay']));
  });
});
