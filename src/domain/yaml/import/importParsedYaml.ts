import { MAX_IMPORT_RESOURCES } from '../parse/importCaps';
import type { ImportMessage } from '../parse/importMessages';
import type { ParsedText } from '../parse/parseManifestText';
import type { ParsedYaml } from '../parse/parseYamlText';
import { tooManyResources } from '../parse/refusedText';
import { emptyImport, importYaml, takeParsedText } from './importYaml';
import type { ImportedResources } from './importedResources';

/** yaml's error messages say where: "... at line 3, column 1:". */
const AT_LINE = /\bat line (\d+), column (\d+)/g;

function shiftedMessage(message: ImportMessage, by: number): ImportMessage {
  const moved = {
    ...message,
    text: message.text.replace(
      AT_LINE,
      (_, l: string, c: string) => `at line ${Number(l) + by}, column ${c}`,
    ),
  };
  return message.line === undefined ? moved : { ...moved, line: message.line + by };
}

function shifted<T extends { line?: number }>(entry: T, by: number): T {
  return entry.line === undefined || by === 0 ? entry : { ...entry, line: entry.line + by };
}

/** What each parsed piece builds, kept while its parse is: an unchanged document keeps its manifest. */
const built = new WeakMap<ParsedText, ImportedResources>();

/** `importYaml`'s work once a text is parsed: its limit on resources, then the resources. */
function take(parsed: ParsedText): ImportedResources {
  const cached = built.get(parsed);
  if (cached) return cached;
  const own =
    parsed.resources > MAX_IMPORT_RESOURCES
      ? {
          ...emptyImport(),
          messages: [
            {
              severity: 'error' as const,
              source: parsed.source,
              text: tooManyResources(parsed.resources),
            },
          ],
        }
      : takeParsedText(parsed);
  built.set(parsed, own);
  return own;
}

/**
 * The resources of a text parsed piece by piece. The result equals `importYaml(text, source)`,
 * with the same manifest objects for the documents whose text is unchanged since the last parse.
 */
export function importParsedYaml({ text, source, pieces }: ParsedYaml): ImportedResources {
  if (!pieces) return importYaml(text, source);
  const result = emptyImport();
  for (const { parsed, shift } of pieces) {
    const own = take(parsed);
    // Older APIs are converted together across documents: only the whole text can say what
    // these come to.
    if (own.conversions.length > 0 && pieces.length > 1) return importYaml(text, source);
    result.nodeClasses.push(...own.nodeClasses.map((c) => shifted(c, shift)));
    result.nodePools.push(...own.nodePools.map((p) => shifted(p, shift)));
    result.workloads.push(...own.workloads.map((w) => shifted(w, shift)));
    result.conversions.push(...own.conversions);
    result.others.push(...own.others.map((o) => shifted(o, shift)));
    result.messages.push(...own.messages.map((m) => shiftedMessage(m, shift)));
  }
  // Each document may be under the limit and all of them over it (Lists the lines do not show).
  const resources =
    result.nodeClasses.length +
    result.nodePools.length +
    result.workloads.length +
    result.others.length;
  if (resources > MAX_IMPORT_RESOURCES && pieces.length > 1) return importYaml(text, source);
  return result;
}
