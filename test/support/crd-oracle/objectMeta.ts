import { describeValue, fieldPath, isObject, keyPath, type Issue } from './types';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const ANNOTATIONS_MAX_BYTES = 256 * 1024;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

// ObjectMeta is a typed struct on the server, so strict field validation rejects anything else.
const OBJECT_META_FIELDS = new Set([
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
]);

function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && DNS1123_SUBDOMAIN.test(value);
}

/** Problem with a label or annotation key (`[prefix/]name`), or undefined when it is fine. */
function qualifiedNameProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== undefined && !isDns1123Subdomain(prefix)) {
    return 'prefix part must be a lowercase DNS-1123 subdomain';
  }
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
    return "name part must be at most 63 characters of alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
  }
  return undefined;
}

function validateStringMap(
  value: unknown,
  path: string,
  issues: Issue[],
  checkValue: (v: string) => string | undefined,
): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) {
    issues.push({
      path,
      message: `Invalid value: ${describeValue(value)}: must be of type object`,
      blocksCel: true,
    });
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem !== undefined) {
      issues.push({ path, message: `Invalid value: ${describeValue(key)}: ${keyProblem}` });
    }
    if (typeof v !== 'string') {
      issues.push({
        path: keyPath(path, key),
        message: `Invalid value: ${describeValue(v)}: must be of type string`,
        blocksCel: true,
      });
      continue;
    }
    const valueProblem = checkValue(v);
    if (valueProblem !== undefined) {
      issues.push({
        path: keyPath(path, key),
        message: `Invalid value: ${describeValue(v)}: ${valueProblem}`,
      });
    }
  }
}

/**
 * The CRD schema only says `metadata: {type: object}`; the server validates it as ObjectMeta.
 * This covers what a designed manifest can get wrong: the name, labels and annotations.
 */
export function validateObjectMeta(metadata: unknown, issues: Issue[]): void {
  const path = 'metadata';
  if (metadata === undefined || metadata === null) {
    issues.push({
      path: fieldPath(path, 'name'),
      message: 'Required value: name or generateName is required',
    });
    return;
  }
  if (!isObject(metadata)) {
    issues.push({
      path,
      message: `Invalid value: ${describeValue(metadata)}: must be of type object`,
      blocksCel: true,
    });
    return;
  }
  for (const key of Object.keys(metadata)) {
    if (!OBJECT_META_FIELDS.has(key))
      issues.push({ path: fieldPath(path, key), message: `unknown field "${key}"` });
  }

  const { name, generateName } = metadata;
  if (name === undefined || name === null || name === '') {
    if (typeof generateName !== 'string' || generateName === '') {
      issues.push({
        path: fieldPath(path, 'name'),
        message: 'Required value: name or generateName is required',
      });
    }
  } else if (typeof name !== 'string') {
    issues.push({
      path: fieldPath(path, 'name'),
      message: `Invalid value: ${describeValue(name)}: must be of type string`,
      blocksCel: true,
    });
  } else if (!isDns1123Subdomain(name)) {
    issues.push({
      path: fieldPath(path, 'name'),
      message: `Invalid value: ${describeValue(name)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (at most 253 characters)`,
    });
  }

  validateStringMap(metadata['labels'], fieldPath(path, 'labels'), issues, (v) =>
    v.length <= 63 && LABEL_VALUE.test(v)
      ? undefined
      : "a valid label value must be an empty string or at most 63 characters of alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric",
  );
  const annotations = metadata['annotations'];
  validateStringMap(annotations, fieldPath(path, 'annotations'), issues, () => undefined);
  if (isObject(annotations)) {
    const size = Object.entries(annotations).reduce(
      (total, [k, v]) => total + k.length + (typeof v === 'string' ? v.length : 0),
      0,
    );
    if (size > ANNOTATIONS_MAX_BYTES) {
      issues.push({
        path: fieldPath(path, 'annotations'),
        message: `Too long: must have at most ${ANNOTATIONS_MAX_BYTES} bytes`,
      });
    }
  }
}
