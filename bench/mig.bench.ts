import { bench, describe } from 'vitest';
import { exampleDesign } from '../src/domain/design/example';
import { updateMigProfile } from '../src/domain/design/operations';
import { GPU_MODELS, gpuModel } from '../src/domain/mig/gpuModels';
import { addableProfiles, placeLayout } from '../src/domain/mig/placement';
import { validateDesign } from '../src/domain/validation/validateDesign';
import { exportDesign } from '../src/domain/yaml/export/exportDesign';

/**
 * MIG (issue 5). The slice bar asks `addableProfiles` on every render: one placement per
 * profile of the GPU. The worst mix on an H100 is seven 1g instances, the deepest search.
 * Export and validation of the example with a custom mix add the generated ConfigMap,
 * NodeOverlays and the MIG lints.
 */
describe('MIG', () => {
  const h100 = gpuModel('h100-80gb');
  if (!h100) throw new Error('no H100');

  bench('slice bar: addableProfiles for 3g + 2g + 2 × 1g on an H100', () => {
    addableProfiles(h100, { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 });
  });

  bench('placeLayout: every profile at its maximum on every GPU', () => {
    for (const gpu of GPU_MODELS)
      for (const p of gpu.profiles) placeLayout(gpu, { [p.name]: p.max });
  });

  const custom = updateMigProfile(exampleDesign(), 'mig-h100-1g', {
    config: 'inference-mix',
    devices: { '3g.40gb': 1, '2g.20gb': 1, '1g.10gb': 2 },
  });

  bench('export the example with a custom mix (ConfigMap + NodeOverlay)', () => {
    // A new object each run, so the per-design memo does not answer.
    exportDesign({ ...custom, resources: { ...custom.resources } });
  });

  bench('validate the example with a custom mix', () => {
    validateDesign({ ...custom, resources: { ...custom.resources } });
  });
});
