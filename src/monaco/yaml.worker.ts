// A local entry for monaco-yaml's worker: importing the package file with `?worker` directly
// fails under Vite ("Unexpected usage" in loadForeignModule), see the monaco-yaml README.
import 'monaco-yaml/yaml.worker.js';
