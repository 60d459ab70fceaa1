import { bench, describe } from 'vitest';
import { layoutPositions } from '../src/domain/design/layout';
import { EMPTY_DESIGN } from '../src/domain/design/types';
import { addImported } from '../src/domain/yaml/import/importResources';
import { importYaml } from '../src/domain/yaml/import/importYaml';
import { manifestsText } from './manifestsText';

/**
 * Auto layout of large designs (issue 18): a tenth EC2NodeClasses, the rest NodePools dealt
 * round them, laid out in wrapped groups. It runs on the main thread at each import and each
 * Layout click, so it must stay far below a frame budget's worth of seconds.
 */
describe('auto layout', () => {
  for (const size of [1000, 5000]) {
    const classes = size / 10;
    const { design } = addImported(
      EMPTY_DESIGN,
      importYaml(manifestsText(classes, size - classes), 'cluster.yaml'),
    );
    bench(
      `layout of ${size} resources`,
      () => {
        layoutPositions(design);
      },
      { iterations: 10, warmupIterations: 2 },
    );
  }
});
