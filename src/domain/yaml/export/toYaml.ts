import type { DocumentSource, ResourceId } from '../../design/types';
import { stringifyYaml } from '../parse/blankStrings';
import type { ExportEntry } from './manifests';
import { patchDocument } from '../patch/patchDocument';
import { sameData } from '../../lib/sameData';

export interface LineRange {
  /** 1-based, inclusive, as editors count lines. */
  startLine: number;
  endLine: number;
}

export interface YamlExport {
  text: string;
  ranges: Record<ResourceId, LineRange>;
}

const TOP_LEVEL_ORDER = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];

/**
 * kubectl prints custom resources with keys in alphabetical order (Go marshals maps sorted),
 * and apiVersion, kind, metadata, spec already fall in that order; anything unexpected at the
 * top goes last so the familiar head of each document stays put.
 */
function compareKeys(a: string, b: string, depth: number): number {
  if (depth === 0) {
    const ai = TOP_LEVEL_ORDER.indexOf(a);
    const bi = TOP_LEVEL_ORDER.indexOf(b);
    if (ai !== bi) return (ai === -1 ? Infinity : ai) - (bi === -1 ? Infinity : bi);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function sorted(value: unknown, depth: number): unknown {
  if (Array.isArray(value)) return value.map((item) => sorted(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort((a, b) => compareKeys(a, b, depth))) {
    const child = (value as Record<string, unknown>)[key];
    // defineProperty, not assignment: a `__proto__` key from an imported file must stay a key.
    if (child !== undefined) {
      Object.defineProperty(out, key, {
        value: sorted(child, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/** Each manifest object's text, so an edit re-serialises only the document that changed. */
const documentText = new WeakMap<object, string>();

export function manifestToYaml(manifest: object): string {
  const cached = documentText.get(manifest);
  if (cached !== undefined) return cached;
  // kubectl reads YAML 1.1, where a bare `no`, `on`, `y` or `0b101` is a boolean or a number,
  // and our own import reads 1.2, where `0o7` is one: quote whatever either would misread.
  const text = stringifyYaml(sorted(manifest, 0), {
    lineWidth: 0,
    aliasDuplicateObjects: false,
    compat: 'yaml-1.1',
  });
  documentText.set(manifest, text);
  return text;
}

/** The user's text for a manifest: as written while the data is the same, patched where not. */
const patchedText = new WeakMap<object, { source: DocumentSource; text: string }>();

export function sourceText(manifest: object, source: DocumentSource): string {
  const cached = patchedText.get(manifest);
  if (cached?.source === source) return cached.text;
  const text = withFinalNewline(
    sameData(source.data, manifest) ? source.text : patchDocument(source.text, manifest),
  );
  patchedText.set(manifest, { source, text });
  return text;
}

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

function lineCount(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

/**
 * Each manifest's line count beside the text it was counted in: an edit at 1,000 resources
 * recounts one document instead of the whole megabyte of text.
 */
const countedLines = new WeakMap<object, { text: string; lines: number }>();

function linesOf(manifest: object, text: string): number {
  const kept = countedLines.get(manifest);
  if (kept && kept.text === text) return kept.lines;
  const lines = lineCount(text);
  countedLines.set(manifest, { text, lines });
  return lines;
}

/** The multi-document YAML of a design, and where each resource's document sits in it. */
export function manifestsToYaml(entries: readonly ExportEntry[]): YamlExport {
  const parts: string[] = [];
  const ranges: Record<ResourceId, LineRange> = {};
  let line = 1;
  entries.forEach((entry, index) => {
    if (index > 0) {
      parts.push('---\n');
      line += 1;
    }
    const text =
      'text' in entry
        ? withFinalNewline(entry.text)
        : entry.source
          ? sourceText(entry.manifest, entry.source)
          : manifestToYaml(entry.manifest);
    const lines = 'text' in entry ? lineCount(text) : linesOf(entry.manifest, text);
    ranges[entry.resourceId] = { startLine: line, endLine: line + lines - 1 };
    parts.push(text);
    line += lines;
  });
  return { text: parts.join(''), ranges };
}
