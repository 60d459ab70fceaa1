import { LineCounter, parseAllDocuments, stringify, type Document } from 'yaml';
import type { DocumentSource, OtherDocument } from '../design/types';
import {
  EC2NODECLASS_API_VERSION,
  NODEPOOL_API_VERSION,
  type EC2NodeClass,
  type NodePool,
} from '../karpenter/types';
import { detachMigProfile, type ReadAttachment } from '../mig/migAttachment';
import { stringifyYaml } from './blankStrings';
import { withoutClusterFields } from './clusterFields';
import { convertToV1, isConvertible } from './convert';
import type { ImportMessage } from './importMessages';

/** What one import brings in, before it gets ids and positions in a design. */
export interface ImportedResources {
  nodeClasses: {
    manifest: EC2NodeClass;
    source?: DocumentSource;
    line?: number;
    converted?: boolean;
  }[];
  nodePools: {
    manifest: NodePool;
    /** The MIG profile the pool's label, taint and GPU pins say is attached. */
    mig?: ReadAttachment;
    source?: DocumentSource;
    line?: number;
    converted?: boolean;
  }[];
  /** Older-API manifests converted to v1, for the user to review before accepting. */
  conversions: ConversionPreview[];
  /** Other kinds, kept as text and exported untouched. */
  others: (Omit<OtherDocument, 'id'> & { line?: number })[];
  messages: ImportMessage[];
}

export interface ConversionPreview {
  from: string;
  name: string;
  source: string;
  line: number;
  before: string;
  after: string;
  changes: string[];
  warnings: string[];
}

/** Larger than any real set of Karpenter manifests by far; beyond it the tab would stall. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_DOCUMENTS = 5000;
const MAX_ALIASES = 100;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A NUL byte or many control characters: an image, an archive, not YAML. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8000);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 9 || (code > 13 && code < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Reads manifests a user brings (a file, several, or pasted text): multi-document YAML, `List`
 * kinds as `kubectl get -o yaml` prints them, Karpenter v1 NodePools and EC2NodeClasses. Never
 * throws: everything it cannot take becomes a message naming the source and line.
 */
export function importYaml(text: string, source: string): ImportedResources {
  const result: ImportedResources = {
    nodeClasses: [],
    nodePools: [],
    conversions: [],
    others: [],
    messages: [],
  };
  const older: Older[] = [];
  const say = (severity: ImportMessage['severity'], message: string, line?: number) =>
    result.messages.push({
      severity,
      source,
      text: message,
      ...(line === undefined ? {} : { line }),
    });

  if (text.length > MAX_IMPORT_BYTES) {
    say(
      'error',
      `is ${(text.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was imported.`,
    );
    return result;
  }
  if (looksBinary(text)) {
    say('error', 'is not a text file (it contains binary data). Nothing was imported.');
    return result;
  }

  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true }) as Document.Parsed[];
  } catch (error) {
    say(
      'error',
      `could not be read as YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
    return result;
  }
  if (!Array.isArray(documents)) documents = [documents];
  if (documents.length > MAX_DOCUMENTS) {
    say(
      'error',
      `has ${documents.length} documents; the limit is ${MAX_DOCUMENTS}. Nothing was imported.`,
    );
    return result;
  }

  let previousEnd = 0;
  let previousBroken = false;
  for (const doc of documents) {
    // A document that does not parse can stop short of the next `---`; what it left unread is
    // not the next document's text, which then starts on its own first line.
    const start = previousBroken ? text.lastIndexOf('\n', doc.range[0] - 1) + 1 : previousEnd;
    previousEnd = doc.range[2];
    previousBroken = doc.errors.length > 0;
    const line = lineCounter.linePos(doc.range[0]).line;
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const at = first?.linePos?.[0]?.line ?? line;
      say(
        'error',
        `YAML error: ${first?.message.split('\n')[0] ?? 'unreadable'} This document was skipped.`,
        at,
      );
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      const why =
        error instanceof Error && /alias/i.test(error.message)
          ? 'it expands too many YAML aliases (a "billion laughs" document)'
          : error instanceof Error
            ? error.message
            : String(error);
      say('error', `This document was skipped: ${why}.`, line);
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!isObject(value)) {
      say(
        'error',
        'This document is not a Kubernetes object (a mapping with apiVersion and kind); skipped.',
        line,
      );
      continue;
    }
    takeObject(value, line, result, say, () => documentText(text, start, doc), older);
  }
  convertOlder(older, result, say, source);
  return result;
}

interface Older {
  value: Json;
  line: number;
}

/**
 * Older Karpenter APIs become v1. They are converted together, so a kubelet moving from a
 * v1beta1 NodePool lands on the EC2NodeClass from the same import that it references.
 */
function convertOlder(
  older: readonly Older[],
  result: ImportedResources,
  say: Say,
  source: string,
): void {
  const cleaned = older.map((o) => withoutClusterFields(o.value).manifest);
  older.forEach((o, i) => {
    const manifest = cleaned[i] ?? o.value;
    const conversion = convertToV1(manifest, { others: cleaned });
    const name =
      isObject(manifest.metadata) && typeof manifest.metadata.name === 'string'
        ? manifest.metadata.name
        : '?';
    result.conversions.push({
      from: conversion.from,
      name,
      source,
      line: o.line,
      before: stringify(manifest, { lineWidth: 0 }),
      after: conversion.converted.map((m) => stringify(m, { lineWidth: 0 })).join('---\n'),
      changes: conversion.changes,
      warnings: conversion.warnings,
    });
    for (const warning of conversion.warnings)
      say('warning', `${conversion.from} "${name}": ${warning}`, o.line);
    for (const converted of conversion.converted) {
      const replaces = result.nodeClasses.findIndex(
        (c) =>
          converted.kind === 'EC2NodeClass' &&
          isObject(converted.metadata) &&
          c.manifest.metadata.name === converted.metadata.name,
      );
      if (replaces !== -1) result.nodeClasses.splice(replaces, 1);
      takeObject(converted, o.line, result, say, () => '', undefined, true);
    }
  });
}

/**
 * One document's text exactly as written, comments above it included, without its `---`
 * separator or `...` end marker: from where the previous document ended to where this one does.
 */
function documentText(text: string, start: number, doc: Document.Parsed): string {
  const slice = text.slice(start, doc.range[2]);
  return slice
    .replace(/^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/, '')
    .replace(/(?:^|\n)\.\.\.[ \t]*\r?\n?$/, '\n');
}

type Say = (severity: ImportMessage['severity'], text: string, line?: number) => void;

function takeObject(
  value: Json,
  line: number,
  result: ImportedResources,
  say: Say,
  textOf: () => string,
  /** Where manifests of older Karpenter APIs wait to be converted together. */
  older?: Older[],
  /** A manifest that came out of a conversion: no source text, marked for the review. */
  converted = false,
): void {
  const ownText = !converted;
  const kind = typeof value.kind === 'string' ? value.kind : undefined;
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : undefined;
  if (kind === 'List' || (kind?.endsWith('List') && Array.isArray(value.items))) {
    const items = Array.isArray(value.items) ? value.items : [];
    for (const item of items) {
      if (isObject(item))
        takeObject(item, line, result, say, () => stringifyYaml(item, { lineWidth: 0 }), older);
    }
    return;
  }
  if (!kind || !apiVersion) {
    say('error', 'A document without apiVersion or kind was skipped.', line);
    return;
  }
  const name = isObject(value.metadata) ? value.metadata.name : undefined;
  const label = `${kind} "${typeof name === 'string' ? name : '?'}"`;
  const isNodePool = kind === 'NodePool' && apiVersion.startsWith('karpenter.sh/');
  const isNodeClass = kind === 'EC2NodeClass' && apiVersion.startsWith('karpenter.k8s.aws/');
  if (older && isConvertible(value)) {
    older.push({ value, line });
    return;
  }
  if (!isNodePool && !isNodeClass) {
    // NodeOverlays are not designed here but belong with the pools: kept, as other kinds are.
    if (/karpenter/.test(apiVersion) && kind !== 'NodeOverlay') {
      say(
        'warning',
        `${label} (${apiVersion}) was not imported: only karpenter.sh/v1 NodePools and karpenter.k8s.aws/v1 EC2NodeClasses are designed here.`,
        line,
      );
      return;
    }
    result.others.push({
      apiVersion,
      kind,
      name: typeof name === 'string' ? name : '',
      text: textOf(),
      line,
    });
    say(
      'info',
      kind === 'NodeOverlay'
        ? `${label} (${apiVersion}) is not designed here: kept and exported untouched.`
        : `${label} (${apiVersion}) is not a Karpenter resource: kept and exported untouched.`,
      line,
    );
    return;
  }
  const expected = isNodePool ? NODEPOOL_API_VERSION : EC2NODECLASS_API_VERSION;
  if (apiVersion !== expected) {
    say(
      'warning',
      `${label} is ${apiVersion}; this version of the designer imports ${expected} only. Skipped.`,
      line,
    );
    return;
  }
  if (typeof name !== 'string' || name === '') {
    say('error', `A ${kind} without metadata.name was skipped.`, line);
    return;
  }
  const { manifest, dropped } = withoutClusterFields(value);
  if (dropped.length > 0) {
    say('info', `${label}: dropped cluster-managed ${dropped.join(', ')}.`, line);
  }
  if (isNodeClass) {
    if (!hasNodeClassShape(manifest)) {
      say(
        'error',
        `${label} lacks amiSelectorTerms, subnetSelectorTerms or securityGroupSelectorTerms; skipped.`,
        line,
      );
      return;
    }
    const nodeClass = manifest as EC2NodeClass;
    result.nodeClasses.push(
      ownText
        ? { manifest: nodeClass, source: { text: textOf(), data: value }, line }
        : { manifest: nodeClass, line, converted },
    );
    return;
  }
  if (!hasNodePoolShape(manifest)) {
    say(
      'error',
      `${label} lacks spec.template.spec with nodeClassRef and requirements; skipped.`,
      line,
    );
    return;
  }
  const pool = manifest as NodePool;
  const { manifest: detached, attachment } = detachMigProfile(pool);
  const split = attachment ? { manifest: detached, mig: attachment } : { manifest: detached };
  // The source's data is what its text says (cluster fields, MIG label and all), so export
  // patches away exactly what the designer changed or dropped.
  result.nodePools.push(
    ownText
      ? { ...split, source: { text: textOf(), data: value }, line }
      : { ...split, line, converted },
  );
}

function hasNodeClassShape(m: Json): boolean {
  const spec = m.spec;
  return (
    isObject(spec) &&
    Array.isArray(spec.amiSelectorTerms) &&
    Array.isArray(spec.subnetSelectorTerms) &&
    Array.isArray(spec.securityGroupSelectorTerms)
  );
}

function hasNodePoolShape(m: Json): boolean {
  const spec = m.spec;
  if (!isObject(spec) || !isObject(spec.template) || !isObject(spec.template.spec)) return false;
  const t = spec.template.spec;
  return (
    isObject(t.nodeClassRef) &&
    typeof t.nodeClassRef.name === 'string' &&
    Array.isArray(t.requirements)
  );
}
