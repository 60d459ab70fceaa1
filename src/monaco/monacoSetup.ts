/**
 * The one place Monaco is put together, shared by the YAML panel and the inspector's code
 * editor (so it lives outside both panels, which may not import each other). `editor.main`
 * would bring every language and its worker (TypeScript's alone is megabytes), so this takes
 * the bare API and only the contributions those editors use. It is only ever reached through a
 * lazy import, so none of it is in the entry chunk.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/editor/browser/coreCommands';
// Markers (problems) painted as squiggles, in the overview ruler and in hovers. 0.54's editor
// widget already pulls this in; named here so the squiggles never depend on that.
import 'monaco-editor/esm/vs/editor/browser/services/markerDecorations';
import 'monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController';
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding';
// Problems are markers: hover shows their message, F8 walks from one to the next.
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/esm/vs/editor/contrib/placeholderText/browser/placeholderText.contribution';
import 'monaco-editor/esm/vs/editor/contrib/readOnlyMessage/browser/contribution';
// Ctrl+M (Ctrl+Shift+M on a Mac) switches Tab between indenting and moving focus on.
import 'monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations';
// Editing YAML by hand: comment toggling, moving and copying lines, multiple cursors, brackets.
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment';
import 'monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo';
import 'monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation';
import 'monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor';
import 'monaco-editor/esm/vs/editor/contrib/smartSelect/browser/smartSelect';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';
// User data, by AMI family: shell (AL2, AL2023), TOML (Bottlerocket; Monaco has no TOML, and
// ini colours its tables and key = value lines) and PowerShell (Windows).
import 'monaco-editor/esm/vs/basic-languages/ini/ini.contribution';
import 'monaco-editor/esm/vs/basic-languages/powershell/powershell.contribution';
import 'monaco-editor/esm/vs/basic-languages/shell/shell.contribution';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker?worker';

// 'yaml' is only asked for once monaco-yaml is configured; everything else is the core worker.
function createWorker(label: string): Worker {
  return label === 'yaml' ? new YamlWorker() : new EditorWorker();
}

self.MonacoEnvironment = { getWorker: (_workerId, label) => createWorker(label) };

/*
 * monaco-yaml (through monaco-worker-manager) asks for its worker the pre-0.50 way,
 * `createWebWorker({ moduleId, label, createData })`. Of 0.54's entries only the full
 * `editor.main` still translates that; this is its translation, for the lean entry.
 */
const createWorkerClient = monaco.editor.createWebWorker;
Object.assign(monaco.editor, {
  createWebWorker<T extends object>(
    options: monaco.editor.IInternalWebWorkerOptions | monaco.editor.IWebWorkerOptions,
  ): monaco.editor.MonacoWebWorker<T> {
    if ('worker' in options) return createWorkerClient<T>(options);
    const worker = createWorker(options.label ?? 'monaco-editor-worker');
    // The first message starts the worker; the second is what its `create` receives.
    worker.postMessage('ignore');
    worker.postMessage(options.createData);
    const host = options.host as unknown;
    return createWorkerClient<T>({ worker, host, keepIdleModels: options.keepIdleModels });
  },
});

export { monaco };
