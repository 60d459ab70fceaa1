import { describe, expect, it } from 'vitest';
import { exportDesign } from '../export/exportDesign';
import { readMigDocuments } from './migDocuments';
import { importYaml } from './importYaml';
import { exampleDesign } from '../../design/example';
import { addImported } from './importResources';
import { references } from '../../design/references';
import { restoreDesign } from '../../design/restore';
import { sequentialIds } from '../../../../test/fixtures/fixtures';
import { EMPTY_DESIGN } from '../../design/types';

describe('addImported', () => {
  it('round-trips the example design through export and import', () => {
    const original = exportDesign(exampleDesign()).text;
    const imported = importYaml(original, 'karpenter.yaml');
    const { design, added } = addImported(EMPTY_DESIGN, imported, sequentialIds());
    expect(added).toHaveLength(7);
    expect(exportDesign(design).text).toBe(original);
    expect(references(design)).toHaveLength(5);
  });

  it('lays out pools left of their classes and below what is already there', () => {
    const base = exampleDesign();
    const imported = importYaml(exportDesign(base).text, 'again.yaml');
    const { design, added } = addImported(base, imported, sequentialIds());
    const lowestBefore = Math.max(...Object.values(base.resources).map((r) => r.position.y));
    for (const id of added) {
      expect(design.resources[id]?.position.y).toBeGreaterThan(lowestBefore);
    }
    const newPool = added.map((id) => design.resources[id]).find((r) => r?.kind === 'NodePool');
    const newClass = added
      .map((id) => design.resources[id])
      .find((r) => r?.kind === 'EC2NodeClass');
    expect(newPool?.position.x).toBeLessThan(newClass?.position.x ?? -Infinity);
  });

  it('reuses a MIG profile already in the design for the same config', () => {
    const base = exampleDesign();
    const imported = importYaml(exportDesign(base).text, 'again.yaml');
    const { design } = addImported(base, imported, sequentialIds());
    const profiles = Object.values(design.resources).filter((r) => r.kind === 'MigProfile');
    expect(profiles).toHaveLength(1);
  });
});

describe('documents of other kinds', () => {
  const deployment = `# the web tier
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web # keep this comment
spec:
  replicas: 2
`;

  it('are kept and exported untouched after the Karpenter documents', () => {
    const karpenter = exportDesign(exampleDesign()).text;
    const imported = readMigDocuments(importYaml(`${karpenter}---\n${deployment}`, 'cluster.yaml'));
    const { design } = addImported(EMPTY_DESIGN, imported, sequentialIds());
    expect(design.others).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'web', apiVersion: 'apps/v1' }),
    ]);
    expect(exportDesign(design).text).toBe(`${karpenter}---\n${deployment}`);
  });

  it('survive a save and restore', () => {
    const imported = importYaml(deployment, 'web.yaml');
    const { design } = addImported(EMPTY_DESIGN, imported, sequentialIds());
    const restored = restoreDesign(JSON.parse(JSON.stringify(design)));
    expect(restored.ok && restored.design.others).toEqual(design.others);
  });
});
