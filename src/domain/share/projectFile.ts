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

/** Far above any real design (1,000 resources save to 1.9 MB, BENCHMARKS.md), well under a tab's memory. */
export const MAX_PROJECT_BYTES = 10 * 1024 * 1024;

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: number;
  name: string;
  design: Design;
}

export function projectFileText(design: Design, name: string): string {
  const file: ProjectFile = { format: PROJECT_FORMAT, version: SAVED_DESIGN_VERSION, name, design };
  return `${JSON.stringify(file, null, 2)}\n`;
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

/** Reads a project file's text; a reason reads after "could not be opened: " ("it is …"). */
export function readProjectFile(text: string): ProjectReading {
  if (text.length > MAX_PROJECT_BYTES) {
    return {
      ok: false,
      reason: `it is ${(text.length / 1024 / 1024).toFixed(1)} MB; a project file is at most ${MAX_PROJECT_BYTES / 1024 / 1024} MB`,
    };
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
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
    return { ok: false, reason: `it is damaged: not valid JSON (${detail})` };
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
