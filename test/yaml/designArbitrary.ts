/**
 * Valid designs for property tests: EC2NodeClasses and NodePools with names unique per kind,
 * pools pointing at a class of the design (or, now and then, at one it lacks), and MIG profiles
 * attached to some pools.
 */
import fc from 'fast-check';
import type { Design, Resource } from '../../src/domain/design/types';
import { GPU_MODELS } from '../../src/domain/mig/gpuModels';
import { gpuRequirements } from '../../src/domain/mig/migAttachment';
import { migProfileFieldsForConfig, strategyFor } from '../../src/domain/mig/migLayout';
import { addToMix } from '../../src/domain/mig/customMix';
import type { GpuModel } from '../../src/domain/mig/gpuModels';
import type { MigDevices } from '../../src/domain/mig/placement';
import { namedLayouts } from '../../src/domain/mig/namedLayouts';
import { ORIGIN } from '../fixtures/fixtures';
import { objectName, record } from './arbitraryValues';
import { ec2NodeClassArbitrary } from './ec2NodeClassArbitrary';
import { nodePoolArbitrary } from './nodePoolArbitrary';

/** A class name no generated class has: objectName makes names of at most 14 characters. */
const MISSING_CLASS = 'no-such-ec2nodeclass';

/** GPUs an exported pool can be pinned to, so an import can tell which GPU a layout is for. */
const PINNABLE_GPUS = GPU_MODELS.filter((g) => gpuRequirements(g).length > 0);

/** A custom mix: profiles added one by one while they still place, as the slice bar does. */
function customMix(gpu: GpuModel, picks: readonly number[]): MigDevices {
  let devices: MigDevices = {};
  for (const pick of picks) {
    const profile = gpu.profiles[pick % gpu.profiles.length];
    const step = profile ? addToMix(gpu, devices, profile.name) : undefined;
    if (step?.ok) devices = step.devices;
  }
  return devices;
}

const namedProfileArbitrary = fc
  .constantFrom(...PINNABLE_GPUS)
  .chain((gpu) =>
    fc.record({
      gpu: fc.constant(gpu.id),
      config: fc.constantFrom(...namedLayouts(gpu).map((l) => l.config), 'custom.layout_1'),
      taint: fc.boolean(),
      nodeOverlay: fc.boolean(),
    }),
  )
  .map(({ gpu, config, taint, nodeOverlay }) => ({
    ...migProfileFieldsForConfig(config, gpu),
    taint,
    nodeOverlay,
  }));

const customProfileArbitrary = fc
  .constantFrom(...PINNABLE_GPUS)
  .chain((gpu) =>
    fc.record({
      gpu: fc.constant(gpu),
      picks: fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 8 }),
      taint: fc.boolean(),
      nodeOverlay: fc.boolean(),
    }),
  )
  .map(({ gpu, picks, taint, nodeOverlay }) => {
    const devices = customMix(gpu, picks);
    return {
      ...migProfileFieldsForConfig(`custom-${gpu.id}`, gpu.id),
      devices,
      strategy: strategyFor(devices),
      taint,
      nodeOverlay,
    };
  });

const migProfileArbitrary = fc.oneof(namedProfileArbitrary, customProfileArbitrary);

const layout = record({
  classNames: fc.uniqueArray(objectName, { maxLength: 4 }),
  poolNames: fc.uniqueArray(objectName, { maxLength: 6 }),
  migProfiles: fc.uniqueArray(migProfileArbitrary, {
    maxLength: 3,
    selector: (p) => `${p.gpu}/${p.config}`,
  }),
});

export const designArbitrary: fc.Arbitrary<Design> = layout.chain(
  ({ classNames, poolNames, migProfiles }) =>
    record({
      classes: fc.tuple(...classNames.map(ec2NodeClassArbitrary)),
      pools: fc.tuple(
        ...poolNames.map((name) =>
          record({
            manifest: fc
              .constantFrom(...classNames, MISSING_CLASS)
              .chain((className) => nodePoolArbitrary(name, className)),
            mig: fc.option(fc.nat({ max: Math.max(0, migProfiles.length - 1) }), {
              nil: undefined,
            }),
          }),
        ),
      ),
    }).map(({ classes, pools }) => {
      const resources: Resource[] = [
        ...migProfiles.map((fields, i) => ({
          id: `mig-${i}`,
          kind: 'MigProfile' as const,
          position: ORIGIN,
          name: `profile-${i}`,
          ...fields,
        })),
        ...classes.map((manifest, i) => ({
          id: `nc-${i}`,
          kind: 'EC2NodeClass' as const,
          position: ORIGIN,
          manifest,
        })),
        ...pools.map(({ manifest, mig }, i) => ({
          id: `np-${i}`,
          kind: 'NodePool' as const,
          position: ORIGIN,
          manifest,
          ...(mig !== undefined && migProfiles.length > 0 ? { migProfileId: `mig-${mig}` } : {}),
        })),
      ];
      return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
    }),
);
