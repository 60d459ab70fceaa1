/**
 * Valid designs for property tests: EC2NodeClasses and NodePools with names unique per kind,
 * pools pointing at a class of the design (or, now and then, at one it lacks), and MIG profiles
 * attached to some pools.
 */
import fc from 'fast-check';
import type { Design, Resource } from '../../design/types';
import { DEFAULT_MIG_CONFIGS } from '../../mig/migConfigs';
import { ORIGIN } from '../../testing/fixtures';
import { objectName, record } from './arbitraryValues';
import { ec2NodeClassArbitrary } from './ec2NodeClassArbitrary';
import { nodePoolArbitrary } from './nodePoolArbitrary';

/** A class name no generated class has: objectName makes names of at most 14 characters. */
const MISSING_CLASS = 'no-such-ec2nodeclass';

const layout = record({
  classNames: fc.uniqueArray(objectName, { maxLength: 4 }),
  poolNames: fc.uniqueArray(objectName, { maxLength: 6 }),
  migConfigs: fc.uniqueArray(fc.constantFrom(...DEFAULT_MIG_CONFIGS, 'custom.layout_1'), {
    maxLength: 3,
  }),
});

export const designArbitrary: fc.Arbitrary<Design> = layout.chain(
  ({ classNames, poolNames, migConfigs }) =>
    record({
      classes: fc.tuple(...classNames.map(ec2NodeClassArbitrary)),
      pools: fc.tuple(
        ...poolNames.map((name) =>
          record({
            manifest: fc
              .constantFrom(...classNames, MISSING_CLASS)
              .chain((className) => nodePoolArbitrary(name, className)),
            mig: fc.option(fc.nat({ max: Math.max(0, migConfigs.length - 1) }), {
              nil: undefined,
            }),
          }),
        ),
      ),
    }).map(({ classes, pools }) => {
      const resources: Resource[] = [
        ...migConfigs.map((config, i) => ({
          id: `mig-${i}`,
          kind: 'MigProfile' as const,
          position: ORIGIN,
          name: `profile-${i}`,
          config,
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
          ...(mig !== undefined && migConfigs.length > 0 ? { migProfileId: `mig-${mig}` } : {}),
        })),
      ];
      return { resources: Object.fromEntries(resources.map((r) => [r.id, r])) };
    }),
);
