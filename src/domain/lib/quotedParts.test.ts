import { describe, expect, it } from 'vitest';
import { quotedParts } from './quotedParts';

describe('quotedParts', () => {
  it('cuts out what a message quotes, in straight or curly quotes, keeping the quotes outside', () => {
    expect(quotedParts('NodePool "gpu" uses “default”.')).toEqual([
      { text: 'NodePool "', quoted: false },
      { text: 'gpu', quoted: true },
      { text: '" uses “', quoted: false },
      { text: 'default', quoted: true },
      { text: '”.', quoted: false },
    ]);
  });

  it('keeps a right-to-left override inside the quoted part', () => {
    expect(quotedParts('Opened “report\u202Etxt.exe” from a file')).toEqual([
      { text: 'Opened “', quoted: false },
      { text: 'report\u202Etxt.exe', quoted: true },
      { text: '” from a file', quoted: false },
    ]);
  });

  it('gives back a message that quotes nothing, or an unclosed quote, whole', () => {
    expect(quotedParts('No problems.')).toEqual([{ text: 'No problems.', quoted: false }]);
    expect(quotedParts('a "b')).toEqual([{ text: 'a "b', quoted: false }]);
  });

  it('keeps an empty quoted name as a part of its own', () => {
    expect(quotedParts('name ""')).toEqual([
      { text: 'name "', quoted: false },
      { text: '', quoted: true },
      { text: '"', quoted: false },
    ]);
  });

  it('loses no character of any message', () => {
    const message = 'x "a" “b” "" c "d';
    expect(
      quotedParts(message)
        .map((p) => p.text)
        .join(''),
    ).toBe(message);
  });
});
