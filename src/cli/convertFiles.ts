import { isObject } from '../domain/lib/isObject';
import { plural } from '../domain/lib/plural';
import { EC2NODECLASS_API_VERSION, NODEPOOL_API_VERSION } from '../domain/karpenter/model/types';
import { convertToV1, isConvertible, unifiedDiff } from '../domain/yaml/convert';
import type { InputFile } from './inputFile';
import { readManifestFile, type ManifestFile, type ManifestObject } from './manifestFile';
import { paint, type Paint } from './paint';
import { rewriteDocuments, type DocumentEdit } from './rewriteDocuments';

type Json = Record<string, unknown>;
type ReadFile = Extract<ManifestFile, { objects: unknown }>;

export interface ConvertResult {
  /** A unified diff per changed file, then `notes`. */
  output: string;
  /** The converter's notes per resource (what changed, what to review), then a summary line. */
  notes: string;
  /** Files that could not be read, one `file:line:column: error: reason` each. */
  errors: string[];
  /** The whole new text of each changed file. */
  rewrites: { path: string; text: string }[];
  /** Resources of an older Karpenter API: what needed conversion. */
  findings: number;
}

/** What to do to one object: the object it becomes, and new documents to put after it. */
interface ObjectEdit {
  becomes: Json;
  after: Json[];
}

interface Note {
  path: string;
  line: number;
  from: string;
  name: string;
  changes: readonly string[];
  warnings: readonly string[];
}

function nameOf(manifest: Json): string {
  return isObject(manifest.metadata) && typeof manifest.metadata.name === 'string'
    ? manifest.metadata.name
    : '?';
}

function isV1Karpenter(manifest: Json): boolean {
  return (
    (manifest.apiVersion === NODEPOOL_API_VERSION && manifest.kind === 'NodePool') ||
    (manifest.apiVersion === EC2NODECLASS_API_VERSION && manifest.kind === 'EC2NodeClass')
  );
}

/**
 * Turns the v1beta1 NodePools and EC2NodeClasses, v1alpha5 Provisioners and v1alpha1
 * AWSNodeTemplates of `files` into v1 with the app's converter. All files are converted together,
 * as one import is: a pool's kubelet moves to the EC2NodeClass it points at wherever that class
 * is written. Comments, other documents and their order stay as they were.
 */
export function convertFiles(
  files: readonly InputFile[],
  options: { color: boolean },
): ConvertResult {
  const paints = paint(options.color);
  const read = files.map(readManifestFile);
  const readable = read.filter((file): file is ReadFile => 'objects' in file);
  const objects = readable.flatMap((file) => file.objects.map((object) => ({ file, object })));
  // The converter's context: the classes pools point at, and the pools that do.
  const karpenter = objects
    .map(({ object }) => object.value)
    .filter((value) => isConvertible(value) || isV1Karpenter(value));

  const edits = new Map<ManifestObject, ObjectEdit>();
  const notes: Note[] = [];
  for (const { file, object } of objects) {
    if (!isConvertible(object.value)) continue;
    const conversion = convertToV1(object.value, { others: karpenter });
    const [becomes = object.value, ...extra] = conversion.converted;
    const edit: ObjectEdit = { becomes, after: [] };
    edits.set(object, edit);
    for (const added of extra) {
      // A v1 EC2NodeClass that takes a pool's kubelet is changed where it is written.
      const target = objects.find(
        ({ object: other }) =>
          isV1Karpenter(other.value) &&
          other.value.kind === added.kind &&
          nameOf(other.value) === nameOf(added),
      );
      if (target) edits.set(target.object, { becomes: added, after: [] });
      else edit.after.push(added);
    }
    notes.push({
      path: file.path,
      line: object.line,
      from: conversion.from,
      name: nameOf(object.value),
      changes: conversion.changes,
      warnings: conversion.warnings,
    });
  }

  const diffs: string[] = [];
  const errors: string[] = [];
  const rewrites: { path: string; text: string }[] = [];
  for (const file of read) {
    if ('unreadable' in file) {
      const { line, col, reason } = file.unreadable;
      errors.push(`${file.path}:${line}:${col}: error: ${reason}`);
      continue;
    }
    const text = rewriteDocuments(file.text, file.documents, documentEdits(file, edits));
    if (text === file.text) continue;
    rewrites.push({ path: file.path, text });
    diffs.push(coloured(fileDiff(file.path, file.text, text), paints));
  }
  const report = notes.map((note) => noteText(note, paints));
  report.push(
    notes.length === 0
      ? 'No resources of an older Karpenter API.'
      : `${plural(notes.length, 'resource')} of an older Karpenter API in ${plural(new Set(notes.map((n) => n.path)).size, 'file')}.`,
  );
  const notesText = `${report.join('\n')}\n`;
  return {
    output: diffs.map((diff) => `${diff}\n`).join('') + notesText,
    notes: notesText,
    errors,
    rewrites,
    findings: notes.length,
  };
}

/** Each edited document's new data: the object it was, or its List with the items replaced. */
function documentEdits(
  file: ReadFile,
  edits: ReadonlyMap<ManifestObject, ObjectEdit>,
): Map<number, DocumentEdit> {
  const byDocument = new Map<number, DocumentEdit>();
  file.documents.forEach((document, index) => {
    const own = file.objects.filter((object) => object.document === index);
    if (!own.some((object) => edits.has(object))) return;
    const whole = own.find((object) => object.item === undefined);
    if (whole) {
      const edit = edits.get(whole);
      if (edit) byDocument.set(index, { next: edit.becomes, after: edit.after });
      return;
    }
    const list = document.value;
    if (!isObject(list) || !Array.isArray(list.items)) return;
    const items = list.items.flatMap((item: unknown, i) => {
      const object = own.find((o) => o.item === i);
      const edit = object && edits.get(object);
      return edit ? [edit.becomes, ...edit.after] : [item];
    });
    byDocument.set(index, { next: { ...list, items }, after: [] });
  });
  return byDocument;
}

/** The domain's diff under `a/` and `b/` headers, as git prints one. */
function fileDiff(path: string, before: string, after: string): string {
  const diff = unifiedDiff(before.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n'));
  return diff.replace(/^--- before\n\+\+\+ after\n/, `--- a/${path}\n+++ b/${path}\n`);
}

function coloured(diff: string, paints: Paint): string {
  return diff
    .replace(/\n$/, '')
    .split('\n')
    .map((line, i) => {
      if (i < 2) return paints.bold(line);
      if (line.startsWith('@@')) return paints.cyan(line);
      if (line.startsWith('-')) return paints.red(line);
      if (line.startsWith('+')) return paints.green(line);
      return line;
    })
    .join('\n');
}

function noteText(note: Note, paints: Paint): string {
  return [
    `${note.path}:${note.line}: ${note.from} "${note.name}" → v1`,
    ...note.changes.map((line) => `  - ${line}`),
    ...note.warnings.map((line) => `  ${paints.yellow('warning')}: ${line}`),
  ].join('\n');
}
