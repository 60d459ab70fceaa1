import type { ResourceId } from '../domain/design/types';
import type { ProblemLine } from '../domain/validation/problemLines';
import type { YamlExport } from '../domain/yaml/export/toYaml';
import type { TextError } from '../domain/yaml/parse/textError';

/** How far to go to show a marked document: only when it is not already in full view, or always. */
export type RevealMode = 'ifHidden' | 'nearTop';

/**
 * The YAML panel's editor as its session drives it; createYamlViewer puts Monaco behind it.
 * Knows nothing of React or the store.
 */
export interface YamlViewer {
  /** Calls back with the whole text after each edit the user makes (not after `show`). */
  onEdit(listener: (text: string) => void): void;
  /** Calls back when the editor loses focus. */
  onBlur(listener: () => void): void;
  hasFocus(): boolean;
  /** Shows new YAML, changing only what differs so folds and the reader's top line stay put. */
  show(yaml: YamlExport): void;
  /** Bands one resource's document (kept across later `show`s), or clears the band. */
  mark(id: ResourceId | undefined, reveal?: RevealMode): void;
  /**
   * Marks each problem's line and each line of the text that cannot be taken (a squiggle, the
   * message on hover, F8 to walk them).
   */
  setMarkers(problems: readonly ProblemLine[], errors: readonly TextError[]): void;
  /** Scrolls a line into the middle and puts the cursor there (a problem clicked elsewhere). */
  revealLine(line: number): void;
  /**
   * A heading between lines that is not part of the text (the workloads' section): after line
   * `afterLine` (0 for the top), or none when undefined.
   */
  setSectionHeading(afterLine: number | undefined, title: string): void;
  /** A shared design is shown, not edited: typing says so instead of changing the text. */
  setReadOnly(readOnly: boolean): void;
  dispose(): void;
}
