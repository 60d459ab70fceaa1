import { bench, describe } from 'vitest';
import { updateNodePool } from '../src/domain/design/operations';
import { exportDesign } from '../src/domain/yaml/export/exportDesign';
import { useDesignStore } from '../src/store/designStore';
import { selectProblems } from '../src/store/selectors';
import { selectYaml } from '../src/store/yamlSelectors';
import { designOfSize } from './designs';

/**
 * "Store change to YAML panel text": one inspector edit (a pool's weight) dispatched through the
 * real store, then the text the panel renders, as the panel's selector computes it.
 */
for (const size of [10, 100, 1000]) {
  describe(`${size} resources`, () => {
    const { design, poolIds } = designOfSize(size);
    const poolId = poolIds[Math.floor(poolIds.length / 2)] ?? '';
    let weight = 1;
    // Describe bodies all run before any bench: each bench loads its own design when it starts.
    const options = {
      setup: () => {
        useDesignStore.setState({ design });
        selectYaml(useDesignStore.getState());
      },
    };

    bench(
      'edit -> YAML text',
      () => {
        weight = (weight % 100) + 1;
        useDesignStore
          .getState()
          .setDesign((d) =>
            updateNodePool(d, poolId, (m) => ({ ...m, spec: { ...m.spec, weight } })),
          );
        selectYaml(useDesignStore.getState());
      },
      options,
    );

    bench(
      'edit -> YAML text and problems',
      () => {
        weight = (weight % 100) + 1;
        useDesignStore
          .getState()
          .setDesign((d) =>
            updateNodePool(d, poolId, (m) => ({ ...m, spec: { ...m.spec, weight } })),
          );
        selectYaml(useDesignStore.getState());
        selectProblems(useDesignStore.getState());
      },
      options,
    );

    bench('cold export (nothing cached)', () => {
      exportDesign(structuredClone(design));
    });
  });
}
