import { bench, describe } from 'vitest';
import { addImported } from '../src/domain/yaml/import/importResources';
import { references } from '../src/domain/design/references';
import { EMPTY_DESIGN, type Design } from '../src/domain/design/types';
import { applyYamlText } from '../src/domain/yaml/import/applyYamlText';
import { readYamlText } from '../src/domain/yaml/import/readYamlText';
import { exportDesign } from '../src/domain/yaml/export/exportDesign';
import { importYaml } from '../src/domain/yaml/import/importYaml';
import { manifestsText, poolName } from './manifestsText';

/**
 * "A keystroke in a 100-document design reaches the canvas" (issue 4, target < 50 ms with the
 * panel's debounce): the user changes one digit of one pool's weight in the YAML panel; the
 * panel's text is read once (readYamlText) and applied to the design (applyYamlText), then what the canvas and the panel
 * derive from the new design is computed: the YAML text (exportDesign, as selectYaml does) and
 * the edges (references). The debounce (TYPING_PAUSE_MS in src/editor/yamlPanelSession.ts, 40 ms) is
 * a wait, not work, and is added to these figures by hand.
 */
for (const [classes, pools] of [
  [10, 90],
  [100, 900],
] as const) {
  describe(`keystroke in a ${classes + pools}-document design`, () => {
    const text = exportDesign(
      addImported(EMPTY_DESIGN, importYaml(manifestsText(classes, pools), 'cluster.yaml')).design,
    ).text;
    let design: Design = applyYamlText(EMPTY_DESIGN, readYamlText(text));
    // The weight line of the pool in the middle of the file.
    const at = text.indexOf('weight: ', text.indexOf(`name: ${poolName(pools / 2)}\n`));
    const lineEnd = text.indexOf('\n', at);
    let weight = 0;

    /** The panel's text with another weight typed into that line. */
    function typed(): string {
      weight = (weight % 99) + 1;
      return `${text.slice(0, at)}weight: ${weight}${text.slice(lineEnd)}`;
    }

    bench('keystroke -> design -> panel text and edges', () => {
      design = applyYamlText(design, readYamlText(typed()));
      exportDesign(design);
      references(design);
    });

    bench('phase: applyYamlText', () => {
      design = applyYamlText(design, readYamlText(typed()));
    });

    bench(
      'for comparison: importYaml of the whole text (what every keystroke parsed before)',
      () => {
        importYaml(typed(), 'YAML panel');
      },
    );
  });
}
