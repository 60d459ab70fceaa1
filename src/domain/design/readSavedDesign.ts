import { restoreDesign, type RestoreResult } from './restore';
import { migrateSavedDesign, UnreadableSavedDesign } from './savedDesign';

/**
 * No design nests deeper than a few dozen levels (a manifest's kubelet map is about ten). A
 * hand-made file may nest a million deep, which would overflow the stack of every recursive
 * walk after it (restore, YAML export), so deeper input is refused before any of them.
 */
export const MAX_NESTING = 64;

/** Depth of the deepest object or array, stopping as soon as `limit` is passed. */
export function nestingDepth(value: unknown, limit = MAX_NESTING): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Object.values(item as Record<string, unknown>)) stack.push([child, here]);
  }
  return deepest;
}

/**
 * The gate for a `{ version, design }` saved-design object from outside the app (a share link,
 * a project file): checks the format version, migrates older ones, then restores. Never throws
 * on bad input; the reason reads after "it …" ("could not be opened: it …").
 */
export function readSavedDesign(parsed: unknown): RestoreResult {
  if (typeof parsed !== 'object' || parsed === null || !('version' in parsed)) {
    return { ok: false, reason: 'it does not contain a design' };
  }
  if (nestingDepth(parsed) > MAX_NESTING) {
    return {
      ok: false,
      reason: `it nests deeper than ${MAX_NESTING} levels, which no design does`,
    };
  }
  const { version, design } = parsed as { version: unknown; design: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'it does not say which format it is in' };
  }
  let migrated: unknown;
  try {
    migrated = migrateSavedDesign({ design }, version);
  } catch (error) {
    if (error instanceof UnreadableSavedDesign) return { ok: false, reason: error.message };
    throw error;
  }
  return restoreDesign((migrated as { design: unknown }).design);
}
