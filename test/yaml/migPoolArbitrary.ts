/**
 * NodePools as people write MIG pools by hand, for property tests of import: the
 * `nvidia.com/mig.config` label with MIG taints and GPU requirements in varied forms, mixed
 * into the pool's own taints and requirements at any place, now and then exactly the designer's
 * form. A pool left without the label is an ordinary one.
 */
import fc from 'fast-check';
import type {
  NodePool,
  NodeSelectorRequirement,
  Taint,
} from '../../src/domain/karpenter/model/types';
import { GPU_MODELS, type GpuModel } from '../../src/domain/mig/gpuModels';
import { instanceTypesWithGpu } from '../../src/domain/mig/gpuInstanceTypes';
import {
  applyMigProfile,
  GPU_MEMORY_LABEL,
  GPU_NAME_LABEL,
} from '../../src/domain/mig/migAttachment';
import { namedLayouts } from '../../src/domain/mig/namedLayouts';
import { nodePoolArbitrary } from './nodePoolArbitrary';

/** Two GPUs that share a name (A100 40 and 80 GB) and one that does not: few, so pools share profiles. */
const GPUS = GPU_MODELS.filter(
  (g) => g.karpenter && ['a100', 'h100'].includes(g.karpenter.gpuName),
);

function migTaints(config: string): Taint[] {
  return [
    { key: 'nvidia.com/mig', value: 'true', effect: 'NoSchedule' },
    { key: 'nvidia.com/mig', effect: 'NoSchedule' },
    { key: 'nvidia.com/mig.config', value: config, effect: 'NoSchedule' },
    { key: 'nvidia.com/mig.config', value: config, effect: 'NoExecute' },
    { key: 'nvidia.com/mig.config', value: 'another-layout', effect: 'NoSchedule' },
  ];
}

function gpuPins(gpu: GpuModel): NodeSelectorRequirement[] {
  const name = gpu.karpenter?.gpuName ?? gpu.id;
  const types = instanceTypesWithGpu(gpu.id).map((t) => t.name);
  return [
    { key: GPU_NAME_LABEL, operator: 'In', values: [name] },
    { key: GPU_MEMORY_LABEL, operator: 'In', values: [String(gpu.karpenter?.memoryMiB ?? 0)] },
    { key: GPU_NAME_LABEL, operator: 'In', values: [name, 'a10g'] },
    { key: 'node.kubernetes.io/instance-type', operator: 'In', values: types },
    { key: 'karpenter.k8s.aws/instance-gpu-count', operator: 'Gt', values: ['0'] },
  ];
}

/** The list with each of `added` put in at a place `at` picks. */
function mixedIn<T>(own: readonly T[], added: readonly T[], at: readonly number[]): T[] {
  const out = [...own];
  added.forEach((item, i) => out.splice((at[i] ?? 0) % (out.length + 1), 0, item));
  return out;
}

const migForm = fc.constantFrom(...GPUS).chain((gpu) =>
  fc.record({
    gpu: fc.constant(gpu),
    config: fc.constantFrom(
      ...namedLayouts(gpu)
        .map((l) => l.config)
        .slice(0, 3),
      'all-balanced',
      'custom.layout_1',
    ),
    designerForm: fc.boolean(),
    taint: fc.boolean(),
    taints: fc.shuffledSubarray(migTaints('?'), { maxLength: 2 }),
    pins: fc.shuffledSubarray(gpuPins(gpu), { maxLength: 3 }),
    at: fc.array(fc.nat({ max: 9 }), { minLength: 3, maxLength: 3 }),
    emptyTaints: fc.boolean(),
  }),
);

type MigForm = typeof migForm extends fc.Arbitrary<infer T> ? T : never;

function withMigForm(pool: NodePool, form: MigForm | null): NodePool {
  if (!form) return pool;
  const template = pool.spec.template;
  const labelled: NodePool = {
    ...pool,
    spec: {
      ...pool.spec,
      template: {
        ...template,
        metadata: {
          ...template.metadata,
          labels: { ...template.metadata?.labels, 'nvidia.com/mig.config': form.config },
        },
      },
    },
  };
  if (form.designerForm)
    return applyMigProfile(labelled, { gpu: form.gpu.id, config: form.config, taint: form.taint });
  const taints = mixedIn(
    template.spec.taints ?? [],
    form.taints.map((t) => (t.value === '?' ? { ...t, value: form.config } : t)),
    form.at,
  );
  const spec = {
    ...template.spec,
    requirements: mixedIn(template.spec.requirements, form.pins, form.at),
  };
  if (taints.length > 0 || form.emptyTaints) spec.taints = taints;
  else delete spec.taints;
  return { ...labelled, spec: { ...labelled.spec, template: { ...labelled.spec.template, spec } } };
}

/** A NodePool named `name`, a MIG pool more often than not. */
export function migPoolArbitrary(name: string, className: string): fc.Arbitrary<NodePool> {
  return fc
    .tuple(nodePoolArbitrary(name, className), fc.option(migForm, { freq: 4 }))
    .map(([pool, form]) => withMigForm(pool, form));
}
