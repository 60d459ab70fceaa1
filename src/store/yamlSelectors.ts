// The YAML panel's views and the export's text: apart from selectors.ts because they bring the
// `yaml` library, which the entry bundle does without. The YAML panel (a lazy chunk) and the export
// commands (which import this file when they run) are their only users.
import { exportDesign, type DesignExport } from '../domain/yaml/export/exportDesign';
import {
  problemLines,
  problemLinesInText,
  type ProblemLine,
} from '../domain/validation/problemLines';
import type { TextDocument } from '../domain/yaml/parse/parseYamlText';
import type { DesignState } from './designState';
import { memoOnDesign, memoOnDesignAndCatalog, type DesignAndCatalog } from './memoOnDesign';
import { selectProblems } from './selectors';

const selectExport = memoOnDesign(exportDesign);

export const selectYaml: (state: Pick<DesignState, 'design'>) => DesignExport = selectExport;

/** Where each problem sits in the YAML panel's text, for its markers. */
export const selectProblemLines: (state: DesignAndCatalog) => ProblemLine[] =
  memoOnDesignAndCatalog((state) =>
    problemLines(selectExport(state).entries, selectExport(state), selectProblems(state)),
  );

/**
 * The same for text the user is typing in the panel, which can differ from the export in order
 * and spacing until they leave the editor and it takes the designer's form: found in the
 * documents the panel read to apply the text, not in a parse of its own.
 */
export function selectProblemLinesInText(
  state: DesignAndCatalog,
  documents: readonly TextDocument[],
): ProblemLine[] {
  return problemLinesInText(selectExport(state).entries, documents, selectProblems(state));
}
