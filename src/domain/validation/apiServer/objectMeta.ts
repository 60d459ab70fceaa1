import { nameProblem } from '../../karpenter/model/names';
import { fieldPath, keyPath, quote } from './apiProblem';
import { closestName } from './closestName';
import { report, reportBlocking, type Findings } from './findings';
import { LABEL_VALUE } from './patterns';

/**
 * The CRDs only say `metadata: {type: object}`; the API server decodes it as ObjectMeta and
 * validates it itself (apimachinery ValidateObjectMeta): a DNS-1123 subdomain name (or a
 * generateName), qualified-name label and annotation keys, label values, 256 KiB of annotations.
 */
export function checkObjectMeta(metadata: unknown, findings: Findings): void {
  const path = 'metadata';
  if (metadata === undefined || metadata === null) {
    report(findings, fieldPath(path, 'name'), 'metadata-name', 'is required');
    return;
  }
  if (typeof metadata !== 'object' || Array.isArray(metadata)) {
    reportBlocking(findings, path, 'type', `must be an object (got ${quote(metadata)})`);
    return;
  }
  const meta = metadata as Record<string, unknown>;
  for (const key of Object.keys(meta)) {
    if (OBJECT_META_FIELDS.includes(key)) continue;
    const guess = closestName(key, OBJECT_META_FIELDS);
    const hint = guess === undefined ? 'remove it' : `did you mean ${guess}?`;
    report(
      findings,
      fieldPath(path, key),
      'unknown-field',
      `is not a field of ObjectMeta: ${hint}`,
    );
  }
  checkName(meta['name'], meta['generateName'], findings);
  checkStringMap(meta['labels'], fieldPath(path, 'labels'), findings, labelValueProblem);
  checkStringMap(meta['annotations'], fieldPath(path, 'annotations'), findings, () => undefined);
  checkAnnotationsSize(meta['annotations'], findings);
}

// ObjectMeta is a typed struct on the server, so strict decoding rejects any other field.
export const OBJECT_META_FIELDS = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
];

function checkName(name: unknown, generateName: unknown, findings: Findings): void {
  const path = 'metadata.name';
  if (name === undefined || name === null || name === '') {
    // The server makes a name from generateName (kubectl create accepts it, apply does not).
    if (typeof generateName === 'string' && generateName !== '') return;
    report(findings, path, 'metadata-name', 'is required');
    return;
  }
  if (typeof name !== 'string') {
    reportBlocking(findings, path, 'type', `must be a string (got ${quote(name)})`);
    return;
  }
  const why = nameProblem(name);
  if (why !== undefined) report(findings, path, 'metadata-name', `${why} (got ${quote(name)})`);
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** apimachinery IsQualifiedName: `[DNS-1123 subdomain/]name`, the name at most 63 characters. */
function keyProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) {
    return `has a prefix ${quote(prefix)} that is not a lowercase DNS subdomain such as example.com`;
  }
  if (name.length === 0 || name.length > 63 || !NAME_PART.test(name)) {
    return "is not a valid key: the part after any '/' must be at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
  }
  return undefined;
}

function labelValueProblem(value: string): string | undefined {
  if (value.length <= 63 && LABEL_VALUE.re.test(value)) return undefined;
  return `must be a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (got ${quote(value)})`;
}

function checkStringMap(
  value: unknown,
  path: string,
  findings: Findings,
  valueProblem: (value: string) => string | undefined,
): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'object' || Array.isArray(value)) {
    reportBlocking(findings, path, 'type', `must be a map of keys to values (got ${quote(value)})`);
    return;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const at = keyPath(path, key);
    const badKey = keyProblem(key);
    if (badKey !== undefined) report(findings, at, 'metadata-key', badKey);
    if (typeof child !== 'string') {
      reportBlocking(findings, at, 'type', `must be a string (got ${quote(child)})`);
      continue;
    }
    const badValue = valueProblem(child);
    if (badValue !== undefined) report(findings, at, 'metadata-value', badValue);
  }
}

const ANNOTATIONS_MAX_BYTES = 256 * 1024;

function checkAnnotationsSize(annotations: unknown, findings: Findings): void {
  if (typeof annotations !== 'object' || annotations === null) return;
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [key, value] of Object.entries(annotations as Record<string, unknown>)) {
    bytes +=
      encoder.encode(key).length + (typeof value === 'string' ? encoder.encode(value).length : 0);
  }
  if (bytes > ANNOTATIONS_MAX_BYTES) {
    report(
      findings,
      'metadata.annotations',
      'metadata-size',
      `may hold at most 256 KiB of keys and values (got ${bytes} bytes): move large data elsewhere`,
    );
  }
}
