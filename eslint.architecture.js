// The architecture guard: STYLE.md's one-way import flow, checked on resolved paths.
//
//     domain  <-  platform  <-  store  <-  commands  <-  shared UI (ui, monaco)
//             <-  panels (canvas, inspector, editor, problems, otherDocuments, learn)  <-  app
//     domain  <-  cli (the command-line tool, in Node: nothing else of src, and nothing imports it)
//
// and inside the domain
//
//     lib  <-  karpenter  <-  kube  <-  fields  <-  mig  <-  design  <-  yaml  <-  validation  <-  templates, share, picture, learn
//
// A folder may import from the folders to its left, never from those to its right; panels never
// import each other. `import-x/no-restricted-paths` judges the file an import resolves to, not
// the text of its specifier, so a folder added tomorrow is zoned by where it sits, and
// `src/domain/learn` is never mistaken for the panel `src/learn`. `import-x/no-cycle` keeps the
// graph acyclic inside a layer too. Kept apart from eslint.config.js so a unit test
// (scripts/architecture.test.ts) can prove every zone bites.
import importX from 'eslint-plugin-import-x';
import { createNodeResolver } from 'eslint-plugin-import-x';

export const OUTER_LAYERS = [
  ['domain'],
  ['platform'],
  ['store'],
  ['commands'],
  ['ui', 'monaco'],
  ['canvas', 'inspector', 'editor', 'problems', 'otherDocuments', 'learn', 'plan'],
  ['app'],
];
const PANELS = OUTER_LAYERS[5];

export const DOMAIN_LAYERS = [
  ['lib'],
  ['karpenter'],
  ['kube'],
  ['fields'],
  ['mig'],
  ['design'],
  ['yaml'],
  ['validation'],
  ['scheduling'],
  ['templates', 'share', 'picture', 'learn'],
];

const path = (base, name) => `${base}/${name}/**`;

/** Zones for one ordered list of layers under `base`: each may not import any later layer. */
function orderedZones(base, layers, why) {
  return layers.flatMap((layer, i) => {
    const later = layers.slice(i + 1).flat();
    if (later.length === 0) return [];
    return layer.map((name) => ({
      target: path(base, name),
      from: later.map((other) => path(base, other)),
      message: `${base}/${name} must not import from a layer above it: ${why} (STYLE.md).`,
    }));
  });
}

const outerWhy = 'domain <- platform <- store <- commands <- shared UI <- panels <- app';
const domainWhy =
  'lib <- karpenter <- kube <- fields <- mig <- design <- yaml <- validation <- scheduling <- templates, share, picture, learn';

export const ARCHITECTURE_ZONES = [
  ...orderedZones('src', OUTER_LAYERS, outerWhy),
  ...PANELS.map((panel) => ({
    target: path('src', panel),
    from: PANELS.filter((other) => other !== panel).map((other) => path('src', other)),
    message: `src/${panel} must not import another panel: shared pieces go down a layer (STYLE.md).`,
  })),
];

export const DOMAIN_ZONES = orderedZones('src/domain', DOMAIN_LAYERS, domainWhy);

/**
 * The command-line tool: a top layer beside the app that runs in Node. It may import the domain
 * and nothing else of src (no store, no panel, no browser edge), and nothing imports it.
 */
export const CLI = 'cli';
const OUTSIDE_CLI = OUTER_LAYERS.flat().filter((name) => name !== 'domain');
export const CLI_ZONES = [
  {
    target: path('src', CLI),
    from: OUTSIDE_CLI.map((name) => path('src', name)),
    message: 'src/cli may import src/domain only: it runs in Node, without the browser app.',
  },
  {
    target: OUTER_LAYERS.flat().map((name) => path('src', name)),
    from: path('src', CLI),
    message: 'Nothing in the app imports src/cli: the CLI is a top layer of its own.',
  },
];

const DOMAIN_PACKAGES = [
  'react',
  'react-dom',
  '@xyflow/react',
  'zustand',
  'zundo',
  'monaco-editor',
  'monaco-yaml',
];

export const architecture = [
  {
    name: 'architecture/settings',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle reads the files an import reaches; these say which it may parse, and how.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...ARCHITECTURE_ZONES, ...CLI_ZONES] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests may reach across the domain's layers for fixtures; the code they test may not.
    name: 'architecture/domain-order',
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...ARCHITECTURE_ZONES, ...CLI_ZONES, ...DOMAIN_ZONES] },
      ],
    },
  },
  {
    // The CLI's bundle must carry no browser library: lint keeps them out, not hope.
    name: 'architecture/cli-node-only',
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DOMAIN_PACKAGES.map((name) => ({
            name,
            message: `src/cli runs in Node: no ${name}.`,
          })),
          patterns: DOMAIN_PACKAGES.map((name) => ({
            group: [`${name}/*`],
            message: `src/cli runs in Node: no ${name}.`,
          })),
        },
      ],
    },
  },
  {
    name: 'architecture/domain-pure',
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: DOMAIN_PACKAGES.map((name) => ({
            name,
            message: `src/domain is pure logic: no ${name} (STYLE.md).`,
          })),
          patterns: DOMAIN_PACKAGES.map((name) => ({
            group: [`${name}/*`],
            message: `src/domain is pure logic: no ${name} (STYLE.md).`,
          })),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'navigator', 'HTMLElement', 'fetch'].map(
          (name) => ({
            name,
            message: `src/domain is pure, DOM-free logic: let a store, command or panel pass in what "${name}" provides.`,
          }),
        ),
      ],
    },
  },
];
