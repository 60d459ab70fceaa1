/**
 * A project file: the whole design (layout included) with its name, as JSON a person can read
 * and a repository can diff. It carries the saved-design format version, so a newer app's file
 * says so instead of opening half-read. Reading one is hostile-input territory, like a link.
 */
import { cleanDesignName } from '../design/designLibrary';
import { readSavedDesign } from '../design/readSavedDesign';
import { SAVED_DESIGN_VERSION } from '../design/savedDesign';
import type { Design } from '../design/types';

export const PROJECT_FORMAT = 'nodepool-designer';
export const PROJECT_EXTENSION = '.nodepool.json';
/** What a file picker for project files offers (older downloads may be plain `.json`). */
export const PROJECT_FILE_TYPES = `${PROJECT_EXTENSION},.json,application/json`;

/**
 * Twice the largest design an import makes, well under a tab's memory: 5,000 NodePools from
 * 5 MB of YAML (the most Import takes at once) save to 15.8 MB, as each keeps its manifest, its
 * YAML text and the data that text stands for. The headroom is for designs gathered over
 * several imports, and for text that JSON escapes longer than YAML wrote it.
 */
export const MAX_PROJECT_BYTES = 32 * 1024 * 1024;

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: number;
  name: string;
  design: Design;
}

/** A list or map with one entry per line, each entry compact JSON. */
function onePerLine(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const lines = value.map((item) => `${inner}${JSON.stringify(item) ?? 'null'}`);
    return `[\n${lines.join(',\n')}\n${indent}]`;
  }
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const lines = Object.entries(value).flatMap(([key, item]) => {
    const json = JSON.stringify(item) as string | undefined;
    return json === undefined ? [] : [`${inner}${JSON.stringify(key)}: ${json}`];
  });
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n${indent}}`;
}

/**
 * Pretty-printed for the first two levels, then one resource per line: a diff still shows which
 * resources changed, and the file is hardly larger than compact JSON. Indenting every key made
 * files three times that (4,999 imported resources: 15.5 MB), past what Open would read back.
 */
export function projectFileText(design: Design, name: string): string {
  const file: ProjectFile = { format: PROJECT_FORMAT, version: SAVED_DESIGN_VERSION, name, design };
  const designLines = Object.entries(file.design).flatMap(([key, value]: [string, unknown]) =>
    value === undefined ? [] : [`    ${JSON.stringify(key)}: ${onePerLine(value, '    ')}`],
  );
  return [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "version": ${JSON.stringify(file.version)},`,
    `  "name": ${JSON.stringify(file.name)},`,
    `  "design": {\n${designLines.join(',\n')}\n  }`,
    '}\n',
  ].join('\n');
}

/** A file name for a design name: safe on every OS, never empty. */
export function projectFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'design'}${PROJECT_EXTENSION}`;
}

export type ProjectReading =
  | { ok: true; design: Design; name: string | undefined; dropped: string[] }
  | { ok: false; reason: string };

/** A name from a file is data: cleaned as a typed one is; none when blank. */
function nameOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? cleanDesignName(value) : undefined;
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what goes
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/** The parser quotes the text it stopped at; a control character in it is shown as its escape. */
function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Reads a project file's text; a reason reads after "could not be opened: " ("it is …"). */
export function readProjectFile(text: string): ProjectReading {
  if (text.length > MAX_PROJECT_BYTES) {
    return {
      ok: false,
      reason: `it is ${(text.length / 1024 / 1024).toFixed(1)} MB; a project file is at most ${MAX_PROJECT_BYTES / 1024 / 1024} MB`,
    };
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') return { ok: false, reason: 'it is empty' };
  if (!trimmed.startsWith('{')) {
    const looksYaml = /^(apiVersion|kind|---|#)/m.test(trimmed.slice(0, 2000));
    return {
      ok: false,
      reason: looksYaml
        ? 'it is YAML, not a project file; use Import to read manifests'
        : 'it is not a project file (a project file is JSON starting with "{")',
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'bad JSON';
    return { ok: false, reason: `it is damaged: not valid JSON (${escapeControls(detail)})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'it is not a project file (it holds no design)' };
  }
  const file = parsed as Record<string, unknown>;
  // Files from before the format key (the "too large for a link" download) have only these two.
  if (file.format !== undefined && file.format !== PROJECT_FORMAT) {
    return {
      ok: false,
      reason: 'it is a JSON file of another program, not a NodePool Designer project',
    };
  }
  const restored = readSavedDesign(file);
  if (!restored.ok) return restored;
  return { ...restored, name: nameOf(file.name) };
}
