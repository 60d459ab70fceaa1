import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entryBudget, entryReport, entryWeight } from './entryBudget';

/** Base64 of random bytes: gzip takes it down to three quarters, no further. */
const noise = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);

const chunk = (fileName: string, code: string, imports: string[], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  isEntry,
  imports,
  code,
  modules: { [`/app/src/${fileName}.ts`]: { renderedLength: code.length } },
  viteMetadata: { importedCss: new Set(isEntry ? ['index.css'] : []) },
});

/** An entry that imports a vendor chunk statically and a panel lazily (not counted). */
function bundle(entryBytes: number) {
  return {
    'index.js': chunk('index.js', noise(entryBytes), ['vendor.js'], true),
    'vendor.js': chunk('vendor.js', noise(10_000), []),
    'panel.js': chunk('panel.js', noise(400_000), []),
    'index.css': { type: 'asset' as const, fileName: 'index.css', source: noise(2_000) },
  };
}

describe('the entry budget', () => {
  it('weighs the entry, its static imports and its CSS, not the lazy chunks', () => {
    const weight = entryWeight(bundle(50_000));
    expect(weight.files.map((f) => f.fileName)).toEqual(['index.js', 'vendor.js', 'index.css']);
    expect(weight.gzip).toBeGreaterThan(40_000);
    expect(weight.gzip).toBeLessThan(55_000);
  });

  it('weighs what index.html loads when the entry chunk is not the one it names', () => {
    const grouped = {
      'initial.js': chunk('initial.js', noise(50_000), ['runtime.js']),
      'runtime.js': chunk('runtime.js', noise(1_000), []),
      'panel.js': chunk('panel.js', noise(400_000), ['initial.js']),
      'initial.css': { type: 'asset' as const, fileName: 'initial.css', source: noise(2_000) },
      'index.html': {
        type: 'asset' as const,
        fileName: 'index.html',
        source:
          '<script type="module" src="/runtime.js"></script><script type="module" src="/initial.js"></script><link rel="stylesheet" href="/initial.css">',
      },
    };
    const weight = entryWeight(grouped);
    expect(weight.files.map((f) => f.fileName).sort()).toEqual([
      'initial.css',
      'initial.js',
      'runtime.js',
    ]);
    expect(weight.gzip).toBeGreaterThan(40_000);
  });

  it('names the largest modules only when the entry is over', () => {
    const under = entryReport(entryWeight(bundle(50_000)), 200, '/app');
    expect(under).toMatch(/gzip of 200 KB allowed/);
    expect(under).not.toMatch(/over its budget/);
    const over = entryReport(entryWeight(bundle(320_000)), 200, '/app');
    expect(over).toMatch(/over its budget/);
    expect(over.split('\n').find((l) => l.includes('src/'))).toContain('src/index.js.ts');
  });

  it('fails the build when the entry outgrows it', () => {
    const plugin = entryBudget(200);
    const errors: string[] = [];
    const context = {
      error: (message: string) => {
        errors.push(message);
        throw new Error(message);
      },
      info: () => undefined,
    };
    const write = plugin.writeBundle as unknown as (
      this: typeof context,
      options: object,
      output: object,
    ) => void;
    expect(() => write.call(context, {}, bundle(50_000))).not.toThrow();
    expect(() => write.call(context, {}, bundle(320_000))).toThrow(/over its budget/);
    expect(errors).toHaveLength(1);
  });
});
