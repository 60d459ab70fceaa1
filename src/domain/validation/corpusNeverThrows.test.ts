import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EMPTY_DESIGN } from '../design/types';
import { importYaml } from '../yaml/import/importYaml';
import { mergeImported } from '../yaml/import/importResources';
import { ec2NodeClassCorpus } from '../../../test/apiServer/ec2NodeClassCorpus';
import { nodePoolCorpus } from '../../../test/apiServer/nodePoolCorpus';
import { sequentialIds } from '../../../test/fixtures/fixtures';
import { CATALOG } from '../../../test/support/instanceCatalog';
import { validateDesign } from './validateDesign';

/**
 * Problems are values: a hand-written manifest the API server refuses (a label value left empty,
 * taints written as a string, a boolean limit, an unknown operator) is reported, never a crash of
 * the Problems list or of `nodepool-designer check`. Each case alone, as a user would open it.
 */
describe('validateDesign on every manifest of the API-server corpus, one design each', () => {
  const cases = [...nodePoolCorpus(), ...ec2NodeClassCorpus()];

  it.each(cases.map((c) => [c.name, c] as const))('reports on %s without throwing', (_, c) => {
    const read = importYaml(stringify(c.manifest), `${c.name}.yaml`);
    const { design } = mergeImported(EMPTY_DESIGN, read, sequentialIds());
    expect(() => validateDesign(design, CATALOG)).not.toThrow();
  });
});
