import { references, type Reference } from '../domain/design/references';
import type { Design } from '../domain/design/types';
import type { Problem } from '../domain/validation/problem';
import { validateDesign } from '../domain/validation/validateDesign';
import { exportDesign } from '../domain/yaml/exportDesign';
import type { YamlExport } from '../domain/yaml/toYaml';
import type { DesignState } from './designStore';

/** Derived views are functions of the design; each is memoised on the design's identity. */
function memoOnDesign<T>(derive: (design: Design) => T): (state: Pick<DesignState, 'design'>) => T {
  let lastDesign: Design | undefined;
  let last: T;
  return (state) => {
    if (state.design !== lastDesign) {
      last = derive(state.design);
      lastDesign = state.design;
    }
    return last;
  };
}

export const selectYaml: (state: Pick<DesignState, 'design'>) => YamlExport =
  memoOnDesign(exportDesign);

export const selectProblems: (state: Pick<DesignState, 'design'>) => Problem[] =
  memoOnDesign(validateDesign);

export const selectReferences: (state: Pick<DesignState, 'design'>) => Reference[] =
  memoOnDesign(references);
