import { diffLists } from '../domain/lib/diff';

export interface TextEdit {
  /** UTF-16 offsets into the old text: the span [start, end) is replaced by `text`. */
  start: number;
  end: number;
  text: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Removed plus added lines past which one replacement is as good (a new design, not an edit):
 * the diff's cost grows with the square of this, and 100 keeps giving up under a few ms.
 */
const MAX_CHANGED_LINES = 100;

/**
 * The replacements, in order and not overlapping, that turn `before` into `after`: one per run
 * of changed lines (the code base's one diff, lib/diff), each cut down to the characters that
 * differ. Replacing only those spans (not the whole text) lets the editor keep folds, and a
 * reader's place, in the documents that did not change, even between two that did. Empty when
 * nothing changed.
 */
export function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const runs = diffLists(linesOf(before), linesOf(after), MAX_CHANGED_LINES);
  if (runs === undefined) return [trimmed(before, after, 0)];
  const edits: TextEdit[] = [];
  let offset = 0;
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed === '' && added === '') return;
    edits.push(trimmed(removed, added, offset));
    offset += removed.length;
    removed = '';
    added = '';
  };
  for (const { kind, items } of runs) {
    const text = items.join('');
    if (kind === 'removed') removed += text;
    else if (kind === 'added') added += text;
    else {
      flush();
      offset += text.length;
    }
  }
  flush();
  return edits;
}

/** Lines with their line breaks, so that joined they give the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The one replacement of `before` (at `offset`) by `after` keeping their common head and tail. */
function trimmed(before: string, after: string, offset: number): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let head = 0;
  while (head < shorter && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  // Never cut a surrogate pair in two: editors snap such offsets and the edit would misalign.
  if (head > 0 && isHighSurrogate(before.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (
    tail < shorter - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail--;
  return {
    start: offset + head,
    end: offset + before.length - tail,
    text: after.slice(head, after.length - tail),
  };
}
