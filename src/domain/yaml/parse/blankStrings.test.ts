import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stringifyYaml } from './blankStrings';
import { patchDocument } from '../patch/patchDocument';
import { manifestToYaml } from '../export/toYaml';

/** Every string of up to `length` characters from `alphabet`. */
function allStrings(alphabet: readonly string[], length: number): string[] {
  let level = [''];
  const all: string[] = [];
  for (let n = 1; n <= length; n++) {
    level = level.flatMap((s) => alphabet.map((c) => s + c));
    all.push(...level);
  }
  return all;
}

const annotated = (note: string) => ({ metadata: { annotations: { note } } });

describe('strings of whitespace and line breaks', () => {
  it('are exported so that they read back the same (yaml 2.9 turned " \\n" into "\\n")', () => {
    expect(parse(manifestToYaml(annotated(' \n')))).toEqual(annotated(' \n'));
  });

  it('read back the same for every string of up to five spaces, tabs, line breaks and letters', () => {
    const wrong = allStrings([' ', '\t', '\n', 'a'], 5).filter((s) => {
      const text = stringifyYaml(annotated(s), { lineWidth: 0, compat: 'yaml-1.1' });
      return (parse(text) as ReturnType<typeof annotated>).metadata.annotations.note !== s;
    });
    expect(wrong).toEqual([]);
  });

  it('are written back into a user document so that they read back the same', () => {
    const source = '# notes\nmetadata:\n  annotations:\n    note: hello # greeting\n';
    const patched = patchDocument(source, annotated('  \n\n'));
    expect(parse(patched)).toEqual(annotated('  \n\n'));
    expect(patched).toContain('# notes\n');
  });

  it('leave every other string as yaml writes it', () => {
    expect(manifestToYaml({ userData: '#!/bin/bash\necho hi\n', blank: '' })).toBe(
      'blank: ""\nuserData: |\n  #!/bin/bash\n  echo hi\n',
    );
  });
});
