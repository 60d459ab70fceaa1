import { describe, expect, it } from 'vitest';
import { validateYamlDocuments } from '../../../test/support/crdOracle';
import { exampleDesign } from '../design/example';
import { ec2NodeClasses, migProfiles, nodePools } from '../design/resources';
import { restoreDesign } from '../design/restore';
import { updateMigProfile } from '../design/operations';
import type { Design, NodePoolResource } from '../design/types';
import { nodeClassName } from '../karpenter/edits/nodePoolEdits';
import { validateDesign } from '../validation/validateDesign';
import { planOfDesign } from '../scheduling/plan/designPlan';
import { CATALOG } from '../../../test/support/instanceCatalog';
import { exportDesign, exportedText } from '../yaml/export/exportDesign';
import { exportedPool } from '../yaml/export/manifests';
import { nodeOverlaysForDesign } from '../yaml/export/migExports';
import type { DesignTemplate } from './designTemplate';
import { TEMPLATES } from './templates';

/** The mig-parted ConfigMap is core Kubernetes, not a Karpenter CRD: its tests are its own. */
function karpenterDocuments(text: string): string {
  return text
    .split(/^---\n/m)
    .filter((doc) => !/^kind: ConfigMap$/m.test(doc))
    .join('---\n');
}

function templateWithId(id: string): DesignTemplate {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

function poolOf(design: Design, id: string): NodePoolResource {
  const pool = design.resources[id];
  if (pool?.kind !== 'NodePool') throw new Error(`no NodePool ${id}`);
  return pool;
}

/** Where `a` and `b` hold the very same object, so that editing one would change the other. */
function sharedObjects(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return [];
  if (a === b) return [path || '<root>'];
  return Object.keys(a).flatMap((key) =>
    sharedObjects(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}/${key}`,
    ),
  );
}

describe.each(TEMPLATES)('the $title template', (template) => {
  const design = template.build();

  it('exports only documents the Karpenter CRDs accept', () => {
    const results = validateYamlDocuments(
      karpenterDocuments(exportedText(exportDesign(design), false)),
    );
    const expected =
      nodePools(design).length +
      ec2NodeClasses(design).length +
      nodeOverlaysForDesign(design).length;
    expect(results).toHaveLength(expected);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
  });

  it('has neither errors nor warnings', () => {
    const problems = validateDesign(design, CATALOG).filter((p) => p.severity !== 'info');
    expect(problems).toEqual([]);
  });

  it('points every NodePool at an EC2NodeClass of the design', () => {
    const classNames = new Set(ec2NodeClasses(design).map((c) => c.manifest.metadata.name));
    expect(nodePools(design).length).toBeGreaterThan(0);
    for (const pool of nodePools(design)) {
      expect(classNames).toContain(nodeClassName(pool.manifest));
    }
  });

  it('lays pools, classes and MIG profiles out in the columns of the example design', () => {
    expect(new Set(nodePools(design).map((r) => r.position.x))).toEqual(new Set([60]));
    expect(new Set(ec2NodeClasses(design).map((r) => r.position.x))).toEqual(new Set([400]));
    for (const profile of migProfiles(design)) expect(profile.position.x).toBe(-220);
    const poolRows = nodePools(design).map((r) => r.position.y);
    expect(new Set(poolRows).size).toBe(poolRows.length);
  });

  it('keys every resource by its own id', () => {
    for (const [key, resource] of Object.entries(design.resources)) expect(resource.id).toBe(key);
  });

  it('passes the restore gate unchanged, as a saved design would', () => {
    expect(restoreDesign(structuredClone(design))).toEqual({ ok: true, design, dropped: [] });
  });

  it('builds an equal design each time, sharing no object with the last', () => {
    const again = template.build();
    expect(again).toEqual(design);
    expect(sharedObjects(again, design)).toEqual([]);
  });

  it('sums itself up in one paragraph and links https documentation', () => {
    expect(template.summary.trim()).not.toBe('');
    expect(template.summary).not.toMatch(/\n/);
    expect(template.docs.length).toBeGreaterThan(0);
    for (const doc of template.docs) {
      expect(doc.label.trim()).not.toBe('');
      expect(new URL(doc.url).protocol).toBe('https:');
    }
  });
});

describe('the templates gallery', () => {
  it('lists the templates from the minimal one to the special cases', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'minimal',
      'spot-with-on-demand-fallback',
      'gpu-training-and-inference',
      'gpu-spot-first',
      'mig-inference-on-h100',
      'mig-inference-with-node-overlay',
      'graviton-with-x86-fallback',
      'windows',
      'bottlerocket',
      'batch',
      'latency-sensitive',
      'why-is-my-pod-pending',
    ]);
  });

  it('gives every template its own id and title', () => {
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    expect(new Set(TEMPLATES.map((t) => t.title)).size).toBe(TEMPLATES.length);
  });

  it('is not changed by editing a design built from it', () => {
    const template = templateWithId('spot-with-on-demand-fallback');
    const edited = template.build();
    poolOf(edited, 'np-spot').manifest.spec.weight = 1;
    poolOf(edited, 'np-spot').manifest.spec.template.spec.requirements.length = 0;
    const fresh = poolOf(template.build(), 'np-spot').manifest.spec;
    expect(fresh.weight).toBe(50);
    expect(fresh.template.spec.requirements.length).toBeGreaterThan(0);
  });
});

describe('what the templates show', () => {
  it('minimal is the example design’s general pool on its default class', () => {
    const example = exampleDesign().resources;
    const design = templateWithId('minimal').build();
    expect(Object.keys(design.resources).sort()).toEqual(['nc-default', 'np-general']);
    for (const [id, resource] of Object.entries(design.resources)) {
      expect({ ...resource, position: undefined }).toEqual({ ...example[id], position: undefined });
    }
  });

  it('weights the spot pool above its on-demand fallback, on one class', () => {
    const design = templateWithId('spot-with-on-demand-fallback').build();
    const spot = poolOf(design, 'np-spot').manifest;
    const onDemand = poolOf(design, 'np-on-demand').manifest;
    expect(spot.spec.weight).toBeGreaterThan(onDemand.spec.weight ?? 0);
    expect(nodeClassName(spot)).toBe(nodeClassName(onDemand));
  });

  it('weights the Graviton pool above its x86 fallback', () => {
    const design = templateWithId('graviton-with-x86-fallback').build();
    expect(poolOf(design, 'np-arm64').manifest.spec.weight).toBeGreaterThan(
      poolOf(design, 'np-amd64').manifest.spec.weight ?? 0,
    );
  });

  it('exports the MIG pool with the layout label and both GPU taints', () => {
    const design = templateWithId('mig-inference-on-h100').build();
    const exported = exportedPool(design, poolOf(design, 'np-mig-inference'));
    expect(exported.spec.template.metadata?.labels).toEqual({
      'nvidia.com/mig.config': 'all-1g.10gb',
    });
    expect(exported.spec.template.spec.taints).toEqual([
      { key: 'nvidia.com/gpu', effect: 'NoSchedule' },
      { key: 'nvidia.com/mig.config', value: 'all-1g.10gb', effect: 'NoSchedule' },
    ]);
  });

  it('turns consolidation off for batch the only way v1 allows', () => {
    const disruption = poolOf(templateWithId('batch').build(), 'np-batch').manifest.spec.disruption;
    expect(disruption).toMatchObject({
      consolidationPolicy: 'WhenEmpty',
      consolidateAfter: 'Never',
    });
  });

  it('keeps latency-sensitive nodes still in weekday business hours and bounds the rest', () => {
    const pool = poolOf(templateWithId('latency-sensitive').build(), 'np-latency-sensitive');
    expect(pool.manifest.spec.disruption?.budgets).toEqual([
      expect.objectContaining({ nodes: '0', schedule: '0 9 * * mon-fri', duration: '8h' }),
      { nodes: '10%' },
    ]);
  });
});

describe('the templates with workloads plan as their summaries say', () => {
  function planned(id: string) {
    const { plan } = planOfDesign(templateWithId(id).build(), CATALOG);
    return (name: string) => {
      const found = plan.workloads.find((w) => w.name === name);
      if (!found) throw new Error(`no workload ${name}`);
      return found;
    };
  }

  it('GPU pods fill spot up to its limit, and the rest land on on-demand', () => {
    const inference = planned('gpu-spot-first')('inference');
    expect(inference.pending).toBe(0);
    expect(inference.pool).toBe('gpu-spot');
    expect(inference.verdicts.map((v) => [v.pool, v.verdict, v.pods])).toEqual([
      ['gpu-spot', 'chosen', 4],
      ['gpu-on-demand', 'chosen', 2],
    ]);
  });

  it('the workshop leaves four workloads pending, each for its own reason', () => {
    const workload = planned('why-is-my-pod-pending');
    const firstRefusal = (name: string) => {
      const w = workload(name);
      expect(w.placed).toBe(0);
      return w.verdicts[0]?.refusal?.check;
    };
    expect(firstRefusal('notebook')).toBe('taint');
    expect(firstRefusal('arm-inference')).toBe('requirements');
    expect(firstRefusal('team-batch')).toBe('undefined-label');
    expect(firstRefusal('embeddings')).toBe('limits');
    // The largest pods go first: the trainer Job takes the pool's four GPUs.
    expect(workload('trainer')).toMatchObject({ placed: 1, pending: 0, pool: 'gpu' });
  });

  it('MIG pods land with the NodeOverlay export, five of seven slices per H100', () => {
    const design = templateWithId('mig-inference-with-node-overlay').build();
    const { plan } = planOfDesign(design, CATALOG);
    expect(plan.workloads[0]).toMatchObject({ placed: 40, pending: 0, pool: 'mig-inference' });
    expect(plan.nodes.map((n) => [n.instanceType, n.podCount])).toEqual([['p5.48xlarge', 40]]);
  });

  it('MIG pods stay pending without the NodeOverlay export, with the fix to turn it on', () => {
    const design = templateWithId('mig-inference-with-node-overlay').build();
    const off = updateMigProfile(design, 'mig-h100-mixed', { nodeOverlay: false });
    const inference = planOfDesign(off, CATALOG).plan.workloads[0];
    expect(inference?.pending).toBe(40);
    expect(inference?.verdicts[0]?.refusal?.remedy).toEqual({
      kind: 'enable-node-overlay',
      profileId: 'mig-h100-mixed',
    });
  });
});
