/**
 * Fields the cluster owns: `kubectl get -o yaml` includes them, `kubectl apply` of a new object
 * must not (a stale resourceVersion makes apply fail; status is ignored).
 */
const METADATA_FIELDS = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'managedFields',
  'generation',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
];

/** kubectl keeps the last applied manifest here; it duplicates the object and goes stale. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export function withoutClusterFields(manifest: Record<string, unknown>): {
  manifest: Record<string, unknown>;
  dropped: string[];
} {
  const dropped: string[] = [];
  const { status, ...rest } = manifest;
  if (status !== undefined) dropped.push('status');
  const metadata = rest.metadata;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    return { manifest: rest, dropped };
  }
  const cleaned: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (METADATA_FIELDS.includes(key)) dropped.push(`metadata.${key}`);
    else defineKey(cleaned, key, value);
  }
  const annotations = cleaned.annotations;
  if (typeof annotations === 'object' && annotations !== null && LAST_APPLIED in annotations) {
    const { [LAST_APPLIED]: _stale, ...others } = annotations as Record<string, unknown>;
    dropped.push(`metadata.annotations[${LAST_APPLIED}]`);
    if (Object.keys(others).length > 0) cleaned.annotations = others;
    else delete cleaned.annotations;
  }
  return { manifest: { ...rest, metadata: cleaned }, dropped };
}

/** Sets an own key even when it is `__proto__`. */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
