import { isNode } from 'yaml';

/**
 * A comment yaml filed before a collection's first entry, split into the part that belongs to
 * that entry (the paragraph right above it) and the part that stays (earlier paragraphs, and a
 * comment on the collection's own key line).
 */
export function splitComment(
  comment: string | null | undefined,
  keyLine: boolean,
): { stays: string | undefined; goes: string | undefined } {
  if (!comment) return { stays: undefined, goes: undefined };
  const lines = comment.split('\n');
  const blank = lines.lastIndexOf('');
  const cut = blank >= 0 ? blank : keyLine ? 1 : 0;
  const stays = lines.slice(0, cut).join('\n');
  const goes = lines.slice(blank >= 0 ? blank + 1 : cut).join('\n');
  return { stays: stays || undefined, goes: goes || undefined };
}

/** Two comments as one; `apart` keeps the blank line that separated a paragraph from the next. */
export function joinComments(
  above: string,
  below: string | null | undefined,
  apart: boolean,
): string {
  if (!above) return below ?? '';
  // An empty last line is written as a blank line between the comment and what follows.
  if (!below) return apart ? `${above}\n` : above;
  return apart ? `${above}\n\n${below}` : `${above}\n${below}`;
}

/** The source line of `key` ends in a comment after the `:` (`taints: # from the GPU team`). */
export function endsInComment(key: unknown, source: string): boolean {
  if (!isNode(key) || !key.range) return false;
  const end = key.range[1];
  const lineEnd = source.indexOf('\n', end);
  const rest = source.slice(end, lineEnd === -1 ? undefined : lineEnd);
  return /^[ \t]*:[ \t]*(?:[&!]\S*[ \t]+)*#/.test(rest);
}
