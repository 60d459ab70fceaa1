import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exampleDesign } from '../../design/example';
import { connect } from '../../design/references';
import { updateMigProfile } from '../../design/operations';
import type { Design } from '../../design/types';
import type { NodePool } from '../../karpenter/model/types';
import { designOf, migProfile, nodeClass, nodePool } from '../../../../test/fixtures/fixtures';
import { exportDesign } from './exportDesign';

/** Two pools sharing one H100 profile, and a third without MIG. */
function sharedProfileDesign(): Design {
  const design = designOf(
    nodeClass('gpu'),
    nodePool('batch', 'gpu'),
    nodePool('train', 'gpu'),
    nodePool('web', 'gpu'),
    migProfile('h100', 'all-1g.10gb'),
  );
  return connect(connect(design, 'mig-h100', 'np-batch'), 'mig-h100', 'np-train');
}

function exportedPool(design: Design, name: string): NodePool {
  for (const doc of parseAllDocuments(exportDesign(design).text)) {
    const manifest = doc.toJS() as NodePool;
    if (manifest.kind === 'NodePool' && manifest.metadata.name === name) return manifest;
  }
  throw new Error(`no NodePool ${name} in the export`);
}

function migLabel(pool: NodePool): string | undefined {
  return pool.spec.template.metadata?.labels?.['nvidia.com/mig.config'];
}

function migTaints(pool: NodePool) {
  return (pool.spec.template.spec.taints ?? []).filter((t) => t.key === 'nvidia.com/mig.config');
}

describe('a NodePool with a MIG profile attached', () => {
  it('exports the nvidia.com/mig.config label with the profile config', () => {
    const pool = exportedPool(sharedProfileDesign(), 'batch');
    expect(pool.spec.template.metadata?.labels).toEqual({ 'nvidia.com/mig.config': 'all-1g.10gb' });
  });

  it('exports one nvidia.com/mig.config NoSchedule taint', () => {
    const pool = exportedPool(sharedProfileDesign(), 'batch');
    expect(migTaints(pool)).toEqual([
      { key: 'nvidia.com/mig.config', value: 'all-1g.10gb', effect: 'NoSchedule' },
    ]);
  });

  it('keeps the taints the pool already had', () => {
    const batch = exportedPool(exampleDesign(), 'batch');
    expect(batch.spec.template.spec.taints?.map((t) => t.key)).toEqual([
      'nvidia.com/gpu',
      'nvidia.com/mig.config',
    ]);
  });

  it('does not store the label and taint in the design itself', () => {
    const design = sharedProfileDesign();
    const batch = design.resources['np-batch'];
    expect(batch?.kind === 'NodePool' && batch.manifest.spec.template.metadata).toBeUndefined();
  });
});

describe('a NodePool without a MIG profile', () => {
  it('exports neither the MIG label nor the MIG taint', () => {
    const pool = exportedPool(sharedProfileDesign(), 'web');
    expect(migLabel(pool)).toBeUndefined();
    expect(migTaints(pool)).toEqual([]);
  });
});

describe('the GPU an attached profile names', () => {
  it('pins the pool to that GPU by name and memory, replacing its own GPU requirements', () => {
    const design = designOf(
      nodeClass('gpu'),
      nodePool('batch', 'gpu'),
      migProfile('a100', 'all-1g.5gb'),
    );
    const pool = exportedPool(
      connect(updateMigProfile(design, 'mig-a100', { gpu: 'a100-40gb' }), 'mig-a100', 'np-batch'),
      'batch',
    );
    const gpuKeys = pool.spec.template.spec.requirements.filter((r) =>
      r.key.startsWith('karpenter.k8s.aws/instance-gpu'),
    );
    expect(gpuKeys).toEqual([
      { key: 'karpenter.k8s.aws/instance-gpu-name', operator: 'In', values: ['a100'] },
      { key: 'karpenter.k8s.aws/instance-gpu-memory', operator: 'In', values: ['40960'] },
    ]);
  });

  it('pins a GPU Karpenter does not label by the instance types that carry it', () => {
    const design = designOf(
      nodeClass('gpu'),
      nodePool('small', 'gpu'),
      migProfile('gb200', 'all-1g.23gb'),
    );
    const pool = exportedPool(
      connect(
        updateMigProfile(design, 'mig-gb200', { gpu: 'gb200-186gb' }),
        'mig-gb200',
        'np-small',
      ),
      'small',
    );
    const types = pool.spec.template.spec.requirements.find(
      (r) => r.key === 'node.kubernetes.io/instance-type',
    );
    expect(types?.values).toEqual(['p6e-gb200.36xlarge']);
  });
});

describe('changing a MIG profile config', () => {
  it('relabels every attached pool in the next export', () => {
    const before = sharedProfileDesign();
    expect(migLabel(exportedPool(before, 'batch'))).toBe('all-1g.10gb');
    expect(migLabel(exportedPool(before, 'train'))).toBe('all-1g.10gb');

    const after = updateMigProfile(before, 'mig-h100', { config: 'all-3g.40gb' });
    for (const name of ['batch', 'train']) {
      const pool = exportedPool(after, name);
      expect(migLabel(pool)).toBe('all-3g.40gb');
      expect(migTaints(pool)).toEqual([
        { key: 'nvidia.com/mig.config', value: 'all-3g.40gb', effect: 'NoSchedule' },
      ]);
    }
    expect(migLabel(exportedPool(after, 'web'))).toBeUndefined();
  });
});
