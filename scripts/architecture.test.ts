import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { architecture, CLI, DOMAIN_LAYERS, OUTER_LAYERS } from '../eslint.architecture.js';

/**
 * The architecture zones must bite: a wrong-way import from any layer into any layer above it,
 * or from one panel into another, fails lint; the right way does not.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    ...architecture,
  ],
});

/** A real module of `folder`, as an import specifier from another folder of the same depth. */
function someModule(folder: string): string | undefined {
  const dir = join(root, 'src', folder);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return undefined;
  }
  const file = files.find(
    (f) => /\.tsx?$/.test(f) && !f.includes('.test.') && !f.includes('worker'),
  );
  return file && `../${folder}/${file.replace(/\.tsx?$/, '')}`;
}

async function ruleIds(inFolder: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import '${specifier}';\n`, {
    filePath: join(root, 'src', inFolder, 'zz-architecture-probe.ts'),
  });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const OUTER = OUTER_LAYERS;
// One representative per inner layer that has files today.
const DOMAIN = DOMAIN_LAYERS.map((layer) => layer[0] as string).filter((name) =>
  someModule(`domain/${name}`),
);

const upward = OUTER.flatMap((layer, i) =>
  layer.flatMap((from) =>
    OUTER.slice(i + 1)
      .flat()
      .map((to) => [from, to] as const),
  ),
);

describe('the import zones', () => {
  it.each(upward.filter(([, to]) => someModule(to)))(
    'refuse an import from src/%s up into src/%s',
    async (from, to) => {
      expect(await ruleIds(from, someModule(to) as string)).toContain(
        'import-x/no-restricted-paths',
      );
    },
  );

  it.each(upward.filter(([, to]) => someModule(to)).map(([a, b]) => [b, a] as const))(
    'let src/%s import from src/%s below it',
    async (from, to) => {
      expect(await ruleIds(from, someModule(to) as string)).toEqual([]);
    },
  );

  it('refuse an import from one panel into another', async () => {
    expect(await ruleIds('canvas', someModule('inspector') as string)).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it.each(DOMAIN.slice(0, -1).map((from, i) => [from, DOMAIN[i + 1] as string] as const))(
    'refuse an import from src/domain/%s up into src/domain/%s',
    async (from, to) => {
      const module = someModule(`domain/${to}`)?.replace(`../domain/${to}/`, `../${to}/`);
      expect(await ruleIds(`domain/${from}`, module as string)).toContain(
        'import-x/no-restricted-paths',
      );
    },
  );

  it.each(OUTER.flat().filter((name) => name !== 'domain' && someModule(name)))(
    'refuse an import from src/cli into src/%s',
    async (to) => {
      expect(await ruleIds(CLI, someModule(to) as string)).toContain(
        'import-x/no-restricted-paths',
      );
    },
  );

  it.each(OUTER.flat())('refuse an import from src/%s into src/cli', async (from) => {
    expect(await ruleIds(from, someModule(CLI) as string)).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('let src/cli import the domain', async () => {
    expect(await ruleIds(CLI, someModule('domain/design') as string)).toEqual([]);
  });

  it('keep React out of the CLI', async () => {
    expect(await ruleIds(CLI, 'react')).toContain('no-restricted-imports');
  });

  it('keep React out of the domain', async () => {
    expect(await ruleIds('domain/design', 'react')).toContain('no-restricted-imports');
  });

  it('let the command line import the domain and nothing of the browser app', async () => {
    expect(await ruleIds('cli', '../domain/lib/plural')).toEqual([]);
    expect(await ruleIds('cli', someModule('store') as string)).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await ruleIds('cli', 'react')).toContain('no-restricted-imports');
    expect(await ruleIds('domain/lib', '../../cli/inputFile')).toContain(
      'import-x/no-restricted-paths',
    );
  });
});
