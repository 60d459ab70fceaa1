import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { addImported } from './importResources';
import { nodePools } from '../../design/resources';
import { EMPTY_DESIGN } from '../../design/types';
import type { EC2NodeClass, NodePool } from '../../karpenter/model/types';
import { sequentialIds } from '../../../../test/fixtures/fixtures';
import { exportDesign } from '../export/exportDesign';
import { importYaml } from './importYaml';
import { objectName } from '../../../../test/yaml/arbitraryValues';
import { ec2NodeClassArbitrary } from '../../../../test/yaml/ec2NodeClassArbitrary';
import { migPoolArbitrary } from '../../../../test/yaml/migPoolArbitrary';

/** A hundred runs keep the suite quick; `ROUND_TRIP_RUNS=5000` searches deeper by hand. */
const RUNS = { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 100) };

type Manifest = NodePool | EC2NodeClass;

/** Import text in any document order: classes, MIG pools and ordinary pools, shuffled. */
const importedText = fc
  .record({
    classNames: fc.uniqueArray(objectName, { maxLength: 2 }),
    poolNames: fc.uniqueArray(objectName, { minLength: 1, maxLength: 5 }),
  })
  .chain(({ classNames, poolNames }) =>
    fc
      .tuple(
        ...classNames.map(ec2NodeClassArbitrary),
        ...poolNames.map((name) =>
          fc.constantFrom('default', ...classNames).chain((c) => migPoolArbitrary(name, c)),
        ),
      )
      .chain((manifests: Manifest[]) =>
        fc.shuffledSubarray(manifests, { minLength: manifests.length }),
      ),
  );

/** The order export promises: EC2NodeClasses, then NodePools, each by name. */
function inExportOrder(manifests: readonly Manifest[]): Manifest[] {
  const rank = (m: Manifest) => (m.kind === 'EC2NodeClass' ? 0 : 1);
  return [...manifests].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0),
  );
}

describe('MIG pools written by hand, imported and exported', () => {
  it('come back as they were written, every list in its order, documents in export order', () => {
    fc.assert(
      fc.property(importedText, (manifests) => {
        const text = manifests.map((m) => stringify(m)).join('---\n');
        const read = importYaml(text, 'pools.yaml');
        expect(read.messages.filter((m) => m.severity !== 'info')).toEqual([]);
        const { design } = addImported(EMPTY_DESIGN, read, sequentialIds());

        const exported = exportDesign(design).text;
        const documents = parseAllDocuments(exported).map((d) => d.toJS() as unknown);
        expect(documents).toEqual(inExportOrder(manifests));
        expect(exported).toBe(
          inExportOrder(manifests)
            .map((m) => stringify(m))
            .join('---\n'),
        );
        const labelled = manifests.filter(
          (m) =>
            m.kind === 'NodePool' && m.spec.template.metadata?.labels?.['nvidia.com/mig.config'],
        );
        expect(nodePools(design).filter((p) => p.migProfileId)).toHaveLength(labelled.length);
      }),
      RUNS,
    );
    // A generous limit: the machine running the suite may be busy; a run takes a few seconds.
  }, 30_000);
});
