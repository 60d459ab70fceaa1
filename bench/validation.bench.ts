import { bench, describe } from 'vitest';
import { updateNodePool } from '../src/domain/design/operations';
import type { Design, Resource } from '../src/domain/design/types';
import { apiServerRules } from '../src/domain/validation/rules/apiServerRules';
import { validateDesign } from '../src/domain/validation/validateDesign';
import { CATALOG } from '../test/support/instanceCatalog';
import { designOfSize } from './designs';

/**
 * The API server's rules over a design (src/domain/validation/apiServer): a cold run, where no
 * manifest has been validated yet, and the run after one inspector edit, where only the edited
 * manifest is new.
 */

/**
 * The same design with every resource and manifest a new object. Results are memoised on the
 * manifest object, so this is enough to make every resource validate again; the copy is shallow
 * and costs a fraction of a millisecond.
 */
function unvalidated(design: Design): Design {
  const resources: Record<string, Resource> = {};
  for (const [id, r] of Object.entries(design.resources)) {
    resources[id] =
      r.kind === 'MigProfile' ? { ...r } : ({ ...r, manifest: { ...r.manifest } } as Resource);
  }
  return { ...design, resources };
}

describe('API server rules', () => {
  const large = designOfSize(1000).design;
  bench('validate 1,000 resources (cold)', () => {
    apiServerRules(unvalidated(large));
  });

  const { design: small, poolIds } = designOfSize(100);
  const poolId = poolIds[Math.floor(poolIds.length / 2)] ?? '';
  let current = small;
  let weight = 1;
  bench(
    're-validate after one edit at 100 resources',
    () => {
      weight = (weight % 100) + 1;
      current = updateNodePool(current, poolId, (m) => ({ ...m, spec: { ...m.spec, weight } }));
      apiServerRules(current);
    },
    { setup: () => void apiServerRules(current) },
  );
});

/**
 * Every rule, the catalog's included (issue 15): the rules that ask which of the 1,363 instance
 * types a pool could launch run once the catalog has arrived.
 */
describe('all rules with the instance catalog', () => {
  for (const size of [100, 1000]) {
    const { design, poolIds } = designOfSize(size);
    const poolId = poolIds[Math.floor(poolIds.length / 2)] ?? '';
    let current = design;
    let weight = 1;
    bench(`every rule after one edit at ${size.toLocaleString('en')} resources`, () => {
      weight = (weight % 100) + 1;
      current = updateNodePool(current, poolId, (m) => ({ ...m, spec: { ...m.spec, weight } }));
      validateDesign(current, CATALOG);
    });
  }
});
