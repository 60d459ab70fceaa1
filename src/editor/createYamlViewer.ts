import type { ResourceId } from '../domain/design/types';
import { ownValue } from '../domain/lib/ownValue';
import type { Severity } from '../domain/validation/problem';
import type { LineRange, YamlExport } from '../domain/yaml/export/toYaml';
import type { YamlViewer } from './yamlViewer';
import { minimalEdits } from './minimalEdits';
import { monaco } from '../monaco/monacoSetup';
import { followColourScheme, monoFont } from '../monaco/monacoTheme';
import { DESIGN_YAML_URI, startYamlLanguage } from './yamlLanguage';

const MARKER_OWNER = 'nodepool-designer';
/** What a marker of text that cannot be taken says it comes from. */
const TEXT_ERROR_SOURCE = 'yaml-syntax';

const MARKER_SEVERITY: Record<Severity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

export function createYamlViewer(container: HTMLElement, initial: YamlExport): YamlViewer {
  const stopFollowing = followColourScheme();
  const language = startYamlLanguage();
  const model = monaco.editor.createModel(initial.text, 'yaml', DESIGN_YAML_URI);
  // An empty first text would otherwise take the platform's line ending (CRLF on Windows).
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  // Colouring bracket pairs re-reads the brackets of the whole text on every edit: a third of
  // Monaco's render of a keystroke at 1,000 resources, for YAML whose only brackets are one-line
  // flow lists. (A model option: the editor's option of the same name does not reach it.)
  model.updateOptions({
    bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
  });
  const editor = monaco.editor.create(container, {
    model,
    ariaLabel: 'Design YAML',
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
    // The panel is narrow: let hovers (a problem's message) overflow it instead of being cut.
    fixedOverflowWidgets: true,
    // Suggestions come from the schema only; keys and values are strings to the tokenizer.
    // (Monaco keeps editor settings in one shared store: the inspector's editors get no word
    // suggestions either.)
    wordBasedSuggestions: 'off',
    quickSuggestions: { other: 'on', strings: 'on', comments: 'off' },
    // A plain textarea for input. The newer EditContext input is a div that the canvas's key
    // handling does not take for a text field: it claimed Space (pan) and the space was lost.
    editContext: false,
  });
  const band = editor.createDecorationsCollection();

  function lineSpan(at: number) {
    // A parser reports an unclosed flow at the blank line after it: underline the text instead.
    let line = Math.min(Math.max(at, 1), model.getLineCount());
    while (line > 1 && model.getLineLength(line) === 0) line--;
    return {
      startLineNumber: line,
      startColumn: model.getLineFirstNonWhitespaceColumn(line) || 1,
      endLineNumber: line,
      endColumn: model.getLineMaxColumn(line),
    };
  }
  let ranges = initial.ranges;
  let marked: ResourceId | undefined;

  function paintBand() {
    const range = marked === undefined ? undefined : ownValue(ranges, marked);
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

  let heading: { zone: string; afterLine: number; title: string } | undefined;

  let applying = false;
  return {
    setSectionHeading(afterLine, title) {
      const same = heading
        ? heading.afterLine === afterLine && heading.title === title
        : afterLine === undefined;
      if (same) return;
      editor.changeViewZones((zones) => {
        if (heading) zones.removeZone(heading.zone);
        heading = undefined;
        if (afterLine === undefined) return;
        const node = document.createElement('div');
        node.className = 'yaml-panel__section';
        node.dataset.testid = 'yaml-workloads-section';
        node.textContent = title;
        // A click on the heading is a click in the editor: it must not leave the focus outside,
        // where Ctrl+A and Ctrl+V would act on the page instead of the text.
        node.addEventListener('mousedown', (event) => {
          event.preventDefault();
          editor.focus();
        });
        const zone = zones.addZone({
          afterLineNumber: afterLine,
          heightInPx: 28,
          domNode: node,
          suppressMouseDown: true,
        });
        heading = { zone, afterLine, title };
      });
    },
    setReadOnly(readOnly) {
      editor.updateOptions({
        readOnly,
        readOnlyMessage: {
          value: 'A shared design is read-only: choose "Make a copy" to edit it.',
        },
      });
    },
    onEdit(listener) {
      model.onDidChangeContent(() => {
        if (!applying) listener(model.getValue(monaco.editor.EndOfLinePreference.LF));
      });
    },
    onBlur(listener) {
      editor.onDidBlurEditorWidget(listener);
    },
    hasFocus() {
      return editor.hasWidgetFocus();
    },
    show(yaml) {
      ranges = yaml.ranges;
      const edits = minimalEdits(model.getValue(monaco.editor.EndOfLinePreference.LF), yaml.text);
      if (edits.length > 0) {
        keepTopLine(editor, () => {
          // Offsets into the text before the edits, all applied at once as one undo step.
          const operations = edits.map((edit) => ({
            range: monaco.Range.fromPositions(
              model.getPositionAt(edit.start),
              model.getPositionAt(edit.end),
            ),
            text: edit.text,
          }));
          // Recorded on Monaco's own undo stack, so the user's Ctrl+Z inside the editor never
          // replays an edit onto text that changed under it.
          applying = true;
          try {
            model.pushStackElement();
            model.pushEditOperations([], operations, () => null);
            model.pushStackElement();
          } finally {
            applying = false;
          }
        });
      }
      paintBand();
    },
    mark(id, reveal) {
      marked = id;
      paintBand();
      const range = id === undefined ? undefined : ownValue(ranges, id);
      if (!range || !reveal || (reveal === 'ifHidden' && isInFullView(range))) return;
      editor.revealLinesNearTop(range.startLine, range.endLine, monaco.editor.ScrollType.Immediate);
    },
    setMarkers(problems, errors) {
      // The design's problems and the text's own errors, beside the language service's markers
      // (owner `yaml`).
      const markers = [
        ...problems.map(({ problem, line }) => ({
          line,
          severity: MARKER_SEVERITY[problem.severity],
          message: problem.message,
          source: problem.rule,
        })),
        ...errors.map(({ line, message }) => ({
          line,
          severity: monaco.MarkerSeverity.Error,
          message,
          source: TEXT_ERROR_SOURCE,
        })),
      ];
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        markers
          .filter(({ line }) => line <= model.getLineCount())
          .map(({ line, ...marker }) => ({ ...marker, ...lineSpan(line) })),
      );
    },
    revealLine(line) {
      editor.revealLineInCenter(line, monaco.editor.ScrollType.Smooth);
      editor.setPosition({
        lineNumber: line,
        column: model.getLineFirstNonWhitespaceColumn(line) || 1,
      });
    },
    dispose() {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      editor.dispose();
      model.dispose();
      language.dispose();
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
