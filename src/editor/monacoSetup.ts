/**
 * The one place Monaco is put together. `editor.main` would bring every language and its
 * worker (TypeScript's alone is megabytes), so this takes the bare API and only the
 * contributions a read-only YAML viewer uses. The two-way editing issue adds its own here
 * (hover, suggest, markers) together with `configureMonacoYaml`.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/editor/browser/coreCommands';
import 'monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController';
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding';
// Problems are markers: hover shows their message, F8 walks from one to the next.
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/esm/vs/editor/contrib/readOnlyMessage/browser/contribution';
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution';
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
