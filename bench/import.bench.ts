import { bench, describe } from 'vitest';
import { addImported } from '../src/domain/yaml/import/importResources';
import { EMPTY_DESIGN } from '../src/domain/design/types';
import { importYaml } from '../src/domain/yaml/import/importYaml';
import { manifestsText } from './manifestsText';

/**
 * "Import of a 1,000-document manifest including layout" (issue 4, target < 1 s): 100
 * EC2NodeClasses and 900 NodePools referencing them, read by the import gate and added to an
 * empty design, which lays them out with dagre. The phases are timed apart to show where the
 * time goes.
 */
describe('import 1,000 documents', () => {
  const text = manifestsText(100, 900);
  const read = importYaml(text, 'cluster.yaml');
  // A second a run: ten runs after two warm-ups keep `npm run bench` short.
  const runs = { iterations: 10, warmupIterations: 2 };

  bench(
    'import 1,000 documents incl. layout',
    () => {
      addImported(EMPTY_DESIGN, importYaml(text, 'cluster.yaml'));
    },
    runs,
  );

  bench(
    'phase: importYaml (parse and check)',
    () => {
      importYaml(text, 'cluster.yaml');
    },
    runs,
  );

  bench(
    'phase: addImported (ids and dagre layout)',
    () => {
      addImported(EMPTY_DESIGN, read);
    },
    runs,
  );
});
