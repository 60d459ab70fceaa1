import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addImported } from './import/importResources';
import { updateMigProfile, deleteResources } from '../design/operations';
import { inDesignerMigForm } from '../design/poolMigProfile';
import { connect, disconnect } from '../design/references';
import { migProfiles, nodePools } from '../design/resources';
import { restoreDesign } from '../design/restore';
import { EMPTY_DESIGN, type Design, type NodePoolResource } from '../design/types';
import { designOf, migProfile, nodePool, sequentialIds } from '../../../test/fixtures/fixtures';
import { typeInPanel } from '../../../test/yaml/typeInPanel';
import { exportDesign } from './export/exportDesign';
import { importYaml } from './import/importYaml';

/** A MIG pool as an older setup wrote it: the legacy taint, pinned by GPU name alone. */
const legacyPool = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: gpu
spec:
  template:
    metadata:
      labels:
        nvidia.com/mig.config: all-1g.10gb
    spec:
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: default
      requirements:
        - key: karpenter.k8s.aws/instance-gpu-name
          operator: In
          values: [h100]
        - key: karpenter.sh/capacity-type
          operator: In
          values: [on-demand]
      taints:
        - key: nvidia.com/mig
          value: "true"
          effect: NoSchedule
`;

function imported(text: string): Design {
  return addImported(EMPTY_DESIGN, importYaml(text, 'gpu.yaml'), sequentialIds()).design;
}

function onlyPool(design: Design): NodePoolResource {
  const [pool] = nodePools(design);
  if (!pool) throw new Error('no pool');
  return pool;
}

function profileId(design: Design): string {
  return migProfiles(design)[0]?.id ?? '';
}

interface PoolSpec {
  spec: {
    template: {
      metadata?: { labels?: Record<string, string> };
      spec: { requirements: { key: string; values?: string[] }[]; taints?: unknown[] };
    };
  };
}

function exported(design: Design): PoolSpec['spec']['template'] {
  return (parse(exportDesign(design).text) as PoolSpec).spec.template;
}

describe('a MIG pool imported as it was written', () => {
  it('imports all-1g.10gb with nvidia.com/mig=true and an h100 pin, and exports it unchanged', () => {
    const design = imported(legacyPool);
    expect(onlyPool(design).migProfileId).toBe(profileId(design));
    expect(exportDesign(design).text).toBe(legacyPool);
    expect(parse(exportDesign(design).text)).toStrictEqual(parse(legacyPool));
  });

  it('stores a pool in the designer form without its MIG parts, as before', () => {
    const pool = nodePool('gpu');
    const design = designOf(pool, migProfile('h100'), { ...pool, migProfileId: 'mig-h100' });
    const text = exportDesign(design).text;
    const back = imported(text);
    expect(onlyPool(back).migAdopted).toBeUndefined();
    expect(onlyPool(back).manifest).toStrictEqual(pool.manifest);
    expect(exportDesign(back).text).toBe(text);
  });

  it('moves the label and a per-layout taint to a new layout, and keeps a legacy taint', () => {
    const design = imported(legacyPool);
    const edited = updateMigProfile(design, profileId(design), { config: 'all-2g.20gb' });
    const template = exported(edited);
    expect(template.metadata?.labels?.['nvidia.com/mig.config']).toBe('all-2g.20gb');
    expect(template.spec.taints).toEqual([
      { key: 'nvidia.com/mig', value: 'true', effect: 'NoSchedule' },
    ]);
    expect(template.spec.requirements.map((r) => r.key)).toEqual([
      'karpenter.k8s.aws/instance-gpu-name',
      'karpenter.sh/capacity-type',
    ]);

    const perLayout = imported(
      legacyPool.replace(
        'nvidia.com/mig\n          value: "true"',
        'nvidia.com/mig.config\n          value: all-1g.10gb',
      ),
    );
    const moved = updateMigProfile(perLayout, profileId(perLayout), { config: 'all-2g.20gb' });
    expect(exported(moved).spec.taints).toEqual([
      { key: 'nvidia.com/mig.config', value: 'all-2g.20gb', effect: 'NoSchedule' },
    ]);
  });

  it('gives the designer form only to what the user edits: the taint, then the GPU', () => {
    const design = imported(legacyPool);
    const untainted = updateMigProfile(design, profileId(design), { taint: false });
    expect(exported(untainted).spec.taints).toBeUndefined();
    const retainted = updateMigProfile(untainted, profileId(design), { taint: true });
    expect(exported(retainted).spec.taints).toEqual([
      { key: 'nvidia.com/mig', value: 'true', effect: 'NoSchedule' },
    ]);

    const a100 = updateMigProfile(design, profileId(design), { gpu: 'a100-80gb' });
    expect(exported(a100).spec.requirements).toEqual([
      { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['on-demand'] },
      { key: 'karpenter.k8s.aws/instance-gpu-name', operator: 'In', values: ['a100'] },
      { key: 'karpenter.k8s.aws/instance-gpu-memory', operator: 'In', values: ['81920'] },
    ]);
  });

  it('takes the designer form when asked, when attached again by an edge, and not on detach', () => {
    const design = imported(legacyPool);
    const pool = onlyPool(design);
    const preferred = {
      ...design,
      resources: { ...design.resources, [pool.id]: inDesignerMigForm(pool) },
    };
    const template = exported(preferred);
    expect(template.spec.taints).toEqual([
      { key: 'nvidia.com/mig.config', value: 'all-1g.10gb', effect: 'NoSchedule' },
    ]);
    expect(template.spec.requirements.map((r) => r.key)).toEqual([
      'karpenter.sh/capacity-type',
      'karpenter.k8s.aws/instance-gpu-name',
      'karpenter.k8s.aws/instance-gpu-memory',
    ]);

    const reference = { kind: 'migProfile' as const, source: profileId(design), target: pool.id };
    const detached = disconnect(design, reference);
    expect(exported(detached).metadata).toBeUndefined();
    expect(exported(detached).spec.taints).toBeUndefined();
    const reattached = connect(detached, profileId(design), pool.id);
    expect(exported(reattached)).toEqual(template);

    const profileDeleted = deleteResources(design, [profileId(design)]);
    expect(onlyPool(profileDeleted).migAdopted).toBeUndefined();
    expect(exported(profileDeleted).spec.taints).toBeUndefined();
  });

  it('keeps the design when the YAML panel applies the text it shows, or an edit of it', () => {
    const design = imported(legacyPool);
    expect(typeInPanel(design, exportDesign(design).text).design).toBe(design);
    const edited = legacyPool.replace('values: [on-demand]', 'values: [spot]');
    const after = typeInPanel(design, edited).design;
    expect(onlyPool(after).migAdopted).toBeDefined();
    expect(exportDesign(after).text).toBe(edited);
  });

  it('stays adopted through a save and restore, and restores saves from before adoption', () => {
    const design = imported(legacyPool);
    const restored = restoreDesign(JSON.parse(JSON.stringify(design)));
    expect(restored.ok && exportDesign(restored.design).text).toBe(legacyPool);

    const { migAdopted: _adopted, ...older } = onlyPool(design);
    const old = restoreDesign(
      JSON.parse(
        JSON.stringify({ ...design, resources: { ...design.resources, [older.id]: older } }),
      ),
    );
    expect(old.ok && onlyPool(old.design).migAdopted).toBeUndefined();
  });
});
