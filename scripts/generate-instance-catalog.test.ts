import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./generate-instance-catalog.mjs', import.meta.url));

describe('generate-instance-catalog', () => {
  it('reproduces the committed catalog from the reference copies in test/data', () => {
    // Fails when catalogData.ts is edited by hand or the copies are refreshed without regenerating.
    const result = spawnSync(process.execPath, [SCRIPT, '--check'], { encoding: 'utf8' });
    expect(result.stdout).toContain('matches its reference copies');
    expect(result.status).toBe(0);
  });
});
