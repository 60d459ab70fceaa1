import { useEffect, useRef, type JSX } from 'react';
import { monaco } from '../../monaco/monacoSetup';
import { followColourScheme, monoFont } from '../../monaco/monacoTheme';

export interface CodeEditorProps {
  /** The accessible name of the editor's text area, the same words as its visible label. */
  label: string;
  value: string;
  /** A Monaco language id: shell, yaml, ini, powershell. */
  language: string;
  /** Shown while the editor is empty. */
  placeholder?: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  /** Called with the editor once it exists, so a label can focus it. */
  onReady?: (focus: () => void) => void;
}

const LINE_HEIGHT = 18;
const MIN_LINES = 6;
const MAX_LINES = 24;

/**
 * A small Monaco editor bound to one text field of the design. Loaded lazily (the default
 * export is what `React.lazy` wants), so Monaco stays out of the entry chunk. It grows with its
 * text between six and twenty-four lines, then scrolls.
 */
export default function CodeEditorField({
  label,
  value,
  language,
  placeholder,
  onChange,
  invalid = false,
  onReady,
}: CodeEditorProps): JSX.Element {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  // The latest props, for the editor's listeners, which are set up once.
  const latest = useRef({ onChange, value });
  useEffect(() => {
    latest.current = { onChange, value };
  });

  useEffect(() => {
    const container = host.current;
    if (!container) return;
    const stopFollowing = followColourScheme();
    const model = monaco.editor.createModel(latest.current.value, language);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    const editor = monaco.editor.create(container, {
      model,
      ariaLabel: label,
      placeholder,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      lineNumbers: 'on',
      lineNumbersMinChars: 2,
      lineDecorationsWidth: 4,
      glyphMargin: false,
      folding: false,
      fontFamily: monoFont(),
      fontSize: 12,
      lineHeight: LINE_HEIGHT,
      renderLineHighlight: 'none',
      wordWrap: 'on',
      tabSize: 2,
      insertSpaces: true,
      // Tab moves on through the form, as in every other field; Ctrl+M makes it indent.
      tabFocusMode: true,
      padding: { top: 4, bottom: 4 },
      overviewRulerLanes: 0,
      overviewRulerBorder: false,
      hideCursorInOverviewRuler: true,
      scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 8 },
      fixedOverflowWidgets: true,
      // A plain textarea: the newer EditContext input is a div, which neither the canvas's key
      // handling nor every screen reader treats as a text field.
      editContext: false,
    });
    editorRef.current = editor;
    onReady?.(() => editor.focus());

    const fit = () => {
      const lines = Math.min(
        MAX_LINES,
        Math.max(MIN_LINES, Math.ceil(editor.getContentHeight() / LINE_HEIGHT)),
      );
      container.style.height = `${lines * LINE_HEIGHT + 8}px`;
    };
    fit();
    const sizes = editor.onDidContentSizeChange(fit);
    const changes = model.onDidChangeContent((event) => {
      // An edit the store made (undo, an import) is not the user's, so it is not sent back.
      if (event.isFlush) return;
      const text = model.getValue(monaco.editor.EndOfLinePreference.LF);
      if (text !== latest.current.value) latest.current.onChange(text);
    });
    return () => {
      changes.dispose();
      sizes.dispose();
      editor.dispose();
      model.dispose();
      stopFollowing();
      editorRef.current = null;
    };
    // The editor is made once; value and language follow in the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue(monaco.editor.EndOfLinePreference.LF) !== value) {
      // setValue is a flush: the listener above knows it is not the user typing.
      model.setValue(value);
    }
  }, [value]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language);
  }, [language]);

  return (
    <div
      // nokey: React Flow's keys (Space pans the canvas) must not act while typing here.
      className={invalid ? 'insp-code insp-code--invalid nokey' : 'insp-code nokey'}
      ref={host}
      data-language={language}
    />
  );
}
