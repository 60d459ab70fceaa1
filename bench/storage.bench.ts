import { bench, describe } from 'vitest';
import { readStoredDesign, storedDesignJson } from '../src/domain/design/storedDesign';
import { designOfSize } from './designs';

/**
 * Autosave (issue 13): a design is serialised once per edit burst (debounced) and deflated above
 * 64 K characters, so the browser's five-million-character storage holds large designs; a tab
 * reads it back on start and whenever another tab stores the design it shows.
 */
describe('storage', () => {
  const doc = { id: 'bench', name: 'bench' };
  for (const size of [100, 1000, 5000]) {
    const { design } = designOfSize(size);
    const text = storedDesignJson({ document: doc, design, rev: 1 });
    const plain = JSON.stringify(design).length;
    bench(
      `autosave write: ${size} resources (${(plain / 1e6).toFixed(2)} M chars → ${(text.length / 1e6).toFixed(3)} M stored)`,
      () => {
        storedDesignJson({ document: doc, design, rev: 2 });
      },
    );
    bench(`start / other tab: read ${size} resources back through the gate`, () => {
      readStoredDesign(text, doc);
    });
  }
});
