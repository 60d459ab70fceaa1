import { decodeText } from '../parse/decodeText';
import {
  count,
  countResourcesInText,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_RESOURCES,
  megabytes,
} from '../parse/importCaps';
import type { ImportMessage } from '../parse/importMessages';
import { parseManifestText, type ParsedText } from '../parse/parseManifestText';
import { refusedText, tooLargeText, tooManyResources } from '../parse/refusedText';
import { takeParsedText } from './importYaml';
import type { ImportedResources } from './importedResources';

/** A file picked or dropped (its bytes), or pasted text. */
export type ImportSource = { name: string; text: string } | { name: string; bytes: Uint8Array };

export interface SourcesImport {
  /** Set when the import as a whole is refused: why, naming the limit and what was found. */
  refused?: string;
  /** What each source that was read brings, in the order given. */
  files: { name: string; imported: ImportedResources }[];
  /** Sources refused on their own (binary, empty, too large) and decoding warnings. */
  messages: ImportMessage[];
}

/** Lines named in a warning, so one broken file does not fill the notice. */
const MAX_LINES_NAMED = 10;

function replacedWarning(name: string, lines: readonly number[]): ImportMessage {
  const named = lines.slice(0, MAX_LINES_NAMED).join(', ');
  const more = lines.length > MAX_LINES_NAMED ? ` and ${lines.length - MAX_LINES_NAMED} more` : '';
  return {
    severity: 'warning',
    source: name,
    ...(lines[0] === undefined ? {} : { line: lines[0] }),
    text: `is not valid UTF-8: characters that could not be read were replaced with "\uFFFD" on line${lines.length === 1 ? '' : 's'} ${named}${more}. Check them, and save the file as UTF-8 to keep them.`,
  };
}

function tooManyBytes(files: number, bytes: number): string {
  return `These ${files} files come to ${megabytes(bytes)} together; one import takes at most ${megabytes(MAX_IMPORT_BYTES)}. Nothing was imported.`;
}

/**
 * The byte limit from the sizes of the files alone, so none is read to be refused: a file over
 * it is refused on its own (it costs nothing, and the others may be fine); the rest must stay
 * under it together, or the import is refused as a whole.
 */
export function checkSizes(files: readonly { name: string; size: number }[]): {
  refused?: string;
  /** The files refused on their own, with why. */
  tooLarge: ImportMessage[];
} {
  const tooLarge = files
    .filter((f) => f.size > MAX_IMPORT_BYTES)
    .map((f) => ({
      severity: 'error' as const,
      source: f.name,
      text: tooLargeText(f.size),
    }));
  const rest = files.filter((f) => f.size <= MAX_IMPORT_BYTES);
  const total = rest.reduce((sum, f) => sum + f.size, 0);
  return total > MAX_IMPORT_BYTES
    ? { refused: tooManyBytes(rest.length, total), tooLarge }
    : { tooLarge };
}

/**
 * One import of several sources (files picked or dropped together, or pasted text): its limits
 * hold for all of them together, each checked before the work it spares, bytes before reading,
 * the resources the lines show before parsing, the parsed count before any resource is built,
 * and the design's own resources counted in. Nothing is imported when one is passed.
 */
export function importYamlSources(
  sources: readonly ImportSource[],
  /** Resources (and other documents) the design already has. */
  designHas: number,
): SourcesImport {
  const messages: ImportMessage[] = [];
  const readable: { name: string; text: string }[] = [];
  for (const source of sources) {
    let text: string;
    if ('bytes' in source) {
      const decoded = decodeText(source.bytes);
      text = decoded.text;
      // Kept, with a warning rather than refused: such bytes are most often a comment or a
      // description saved as Latin-1, and the designer flags a name or label they land in.
      if (decoded.replacedLines.length > 0)
        messages.push(replacedWarning(source.name, decoded.replacedLines));
    } else text = source.text;
    const refused =
      refusedText(text) ??
      (text.trim() === '' ? 'is empty. Nothing was imported.' : undefined) ??
      (countResourcesInText(text) === 0
        ? 'holds only comments and blank lines. Nothing was imported.'
        : undefined);
    if (refused) messages.push({ severity: 'error', source: source.name, text: refused });
    else readable.push({ name: source.name, text });
  }

  const subject =
    readable.length === 1 ? (readable[0]?.name ?? '') : `These ${readable.length} files`;
  const refuse = (why: string): SourcesImport => ({ refused: why, files: [], messages });
  const overLimit = (resources: number): SourcesImport | undefined => {
    if (resources > MAX_IMPORT_RESOURCES)
      return refuse(
        readable.length === 1
          ? `${subject} ${tooManyResources(resources)}`
          : `${subject} hold ${count(resources)} resources together (each item of a List counts as one); one import takes at most ${count(MAX_IMPORT_RESOURCES)}. Nothing was imported.`,
      );
    if (designHas + resources > MAX_IMPORT_RESOURCES)
      return refuse(
        `The design already has ${count(designHas)} resources; the ${count(resources)} in ${readable.length === 1 ? subject : 'these files'} would make ${count(designHas + resources)}, and a design holds at most ${count(MAX_IMPORT_RESOURCES)}. Nothing was imported.`,
      );
    return undefined;
  };

  const bytes = readable.reduce((sum, s) => sum + s.text.length, 0);
  if (bytes > MAX_IMPORT_BYTES) return refuse(tooManyBytes(readable.length, bytes));
  const seen = overLimit(readable.reduce((sum, s) => sum + countResourcesInText(s.text), 0));
  if (seen) return seen;
  const parsed: ParsedText[] = readable.map((s) => parseManifestText(s.text, s.name));
  const found = overLimit(parsed.reduce((sum, p) => sum + p.resources, 0));
  if (found) return found;
  const files = parsed.map((p) => ({ name: p.source, imported: takeParsedText(p) }));
  for (const { name, imported } of files) {
    const { nodeClasses, nodePools, workloads, others, messages: said } = imported;
    // Documents of `~` or `null` only: nothing to take, and nothing said so far.
    if (
      nodeClasses.length + nodePools.length + workloads.length + others.length + said.length ===
      0
    )
      said.push({
        severity: 'error',
        source: name,
        text: 'holds no Kubernetes objects. Nothing was imported.',
      });
  }
  return { files, messages };
}
