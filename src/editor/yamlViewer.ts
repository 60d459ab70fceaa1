import type { ResourceId } from '../domain/design/types';
import type { LineRange, YamlExport } from '../domain/yaml/toYaml';
import { minimalEdit } from './minimalEdit';
import { monaco } from './monacoSetup';
import { followColourScheme, monoFont } from './monacoTheme';

/** How far to go to show a marked document: only when it is not already in full view, or always. */
export type RevealMode = 'ifHidden' | 'nearTop';

/** A read-only Monaco editor showing the design's YAML; knows nothing of React or the store. */
export interface YamlViewer {
  /** Shows new YAML, changing only what differs so folds and the reader's top line stay put. */
  show(yaml: YamlExport): void;
  /** Bands one resource's document (kept across later `show`s), or clears the band. */
  mark(id: ResourceId | undefined, reveal?: RevealMode): void;
  dispose(): void;
}

export function createYamlViewer(container: HTMLElement, initial: YamlExport): YamlViewer {
  const stopFollowing = followColourScheme();
  const model = monaco.editor.createModel(initial.text, 'yaml');
  // An empty first text would otherwise take the platform's line ending (CRLF on Windows).
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  const editor = monaco.editor.create(container, {
    model,
    readOnly: true,
    domReadOnly: true,
    readOnlyMessage: { value: 'Read-only: edit in the canvas and inspector' },
    ariaLabel: 'Design YAML, read-only',
    // Read-only, so Tab has nothing to insert: let it move focus on, for keyboard users.
    tabFocusMode: true,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    folding: true,
    lineNumbers: 'on',
    fontFamily: monoFont(),
    fontSize: 12.5,
    // Fixed, so the loading stand-in's <pre> (editor.css) can match it line for line.
    lineHeight: 18,
    renderLineHighlight: 'none',
    wordWrap: 'off',
    tabSize: 2,
    insertSpaces: true,
    padding: { top: 6, bottom: 6 },
    overviewRulerBorder: false,
  });
  const band = editor.createDecorationsCollection();
  let ranges = initial.ranges;
  let marked: ResourceId | undefined;

  function paintBand() {
    const range = marked === undefined ? undefined : ranges[marked];
    band.set(
      range
        ? [
            {
              range: new monaco.Range(range.startLine, 1, range.endLine, 1),
              options: {
                isWholeLine: true,
                className: 'yaml-panel__band',
                linesDecorationsClassName: 'yaml-panel__band-edge',
                overviewRuler: {
                  color: { id: 'editorOverviewRuler.rangeHighlightForeground' },
                  position: monaco.editor.OverviewRulerLane.Full,
                },
              },
            },
          ]
        : [],
    );
  }

  function isInFullView(range: LineRange): boolean {
    return editor
      .getVisibleRanges()
      .some(
        (seen) => seen.startLineNumber <= range.startLine && seen.endLineNumber >= range.endLine,
      );
  }

  return {
    show(yaml) {
      ranges = yaml.ranges;
      const edit = minimalEdit(model.getValue(monaco.editor.EndOfLinePreference.LF), yaml.text);
      if (edit) {
        keepTopLine(editor, () => {
          const start = model.getPositionAt(edit.start);
          const end = model.getPositionAt(edit.end);
          // applyEdits, not pushEditOperations: the reader has nothing to undo here.
          model.applyEdits([{ range: monaco.Range.fromPositions(start, end), text: edit.text }]);
        });
      }
      paintBand();
    },
    mark(id, reveal) {
      marked = id;
      paintBand();
      const range = id === undefined ? undefined : ranges[id];
      if (!range || !reveal || (reveal === 'ifHidden' && isInFullView(range))) return;
      editor.revealLinesNearTop(range.startLine, range.endLine, monaco.editor.ScrollType.Immediate);
    },
    dispose() {
      editor.dispose();
      model.dispose();
      stopFollowing();
    },
  };
}

/**
 * Runs a model change and then scrolls so the line that was at the top still is. With one
 * editor on a model Monaco keeps the pixel offset instead, so lines added above the viewport
 * would push what the user is reading down.
 */
function keepTopLine(editor: monaco.editor.IStandaloneCodeEditor, change: () => void): void {
  const scrollTop = editor.getScrollTop();
  const top = editor.getVisibleRanges()[0]?.startLineNumber;
  if (top === undefined || scrollTop === 0) {
    change();
    return;
  }
  const intoLine = scrollTop - editor.getTopForLineNumber(top);
  // A decoration on the top line is moved by the edit like the text around it.
  const anchor = editor.createDecorationsCollection([
    {
      range: new monaco.Range(top, 1, top, 1),
      options: {
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    },
  ]);
  change();
  const movedTo = anchor.getRange(0)?.startLineNumber ?? top;
  anchor.clear();
  editor.setScrollTop(
    editor.getTopForLineNumber(movedTo) + intoLine,
    monaco.editor.ScrollType.Immediate,
  );
}
