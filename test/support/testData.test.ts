import { readdirSync, readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitBlobId, readTestData, referenceFiles, testDataPath } from './testData';

/** Files in test/data that describe the copies rather than being copies. */
const OWN_FILES = ['README.md', 'LICENSE-APACHE-2.0', 'reference-files.json'];

describe('test/data: the reference copies the tests read', () => {
  const files = referenceFiles();

  // Needs no shared folder: the recorded ids are upstream's, so an editor or formatter that
  // touched a copy (line endings, trailing spaces, reflowed YAML) is caught in any clone.
  it.each(files.map((f) => [f.copy, f.gitBlob]))('%s is unchanged (git blob %s)', (copy, blob) => {
    expect(gitBlobId(readFileSync(testDataPath(copy)))).toBe(blob);
  });

  it('lists every data file, and the README names each one', () => {
    const present = readdirSync(testDataPath('.'), { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(testDataPath(file)).isFile())
      .map((file) => file.split(sep).join('/'))
      .filter((file) => !OWN_FILES.includes(file))
      .sort();
    expect(present).toEqual(files.map((f) => f.copy).sort());
    const readme = readTestData('README.md');
    for (const file of files) expect(readme).toContain(file.copy);
  });

  it('keeps the full, unmodified Apache-2.0 licence text beside the copies', () => {
    const licence = readFileSync(testDataPath('LICENSE-APACHE-2.0'));
    // The id of https://www.apache.org/licenses/LICENSE-2.0.txt, identical to upstream's LICENSE.
    expect(gitBlobId(licence)).toBe('d645695673349e3947e8e5ae42332d0ac3164cd7');
  });

  it('names the missing file and how to restore it', () => {
    expect(() => readTestData('karpenter-crds/nope.yaml')).toThrow(
      /test\/data\/karpenter-crds\/nope\.yaml is missing.*npm run refresh-data/,
    );
  });
});
