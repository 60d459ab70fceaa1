import { isObject } from '../../lib/isObject';
import { nonEmpty, withOptional } from '../../lib/mapEdits';
import type { EC2NodeClass, EC2NodeClassSpec } from '../model/types';

/**
 * Edits of an EC2NodeClass's top-level fields, each returning a new manifest. An optional field
 * set to undefined is removed, and an object left empty goes with its last field, so the YAML
 * never carries `kubelet: {}` (none of the class's objects gives `{}` a meaning of its own).
 */

/** The spec's named fields, without the index signature that keeps unknown ones. */
type KnownSpec = {
  [K in keyof EC2NodeClassSpec as string extends K ? never : K]: EC2NodeClassSpec[K];
};

type OptionalSpecKey = {
  [K in keyof KnownSpec]-?: undefined extends KnownSpec[K] ? K : never;
}[keyof KnownSpec];

/** The optional fields that hold an object of settings. */
export type SpecObjectKey =
  'kubelet' | 'metadataOptions' | 'connectionTracking' | 'cpuOptions' | 'placementGroupSelector';

type SpecObject<K extends SpecObjectKey> = NonNullable<EC2NodeClassSpec[K]>;

export function withSpecField<K extends OptionalSpecKey>(
  nodeClass: EC2NodeClass,
  key: K,
  value: EC2NodeClassSpec[K] | undefined,
): EC2NodeClass {
  return { ...nodeClass, spec: withOptional(nodeClass.spec, key, value) };
}

/** Text fields: empty text removes the field. */
export function withSpecText(
  nodeClass: EC2NodeClass,
  key: 'userData' | 'context' | 'amiFamily' | 'instanceStorePolicy',
  text: string,
): EC2NodeClass {
  return withSpecField(nodeClass, key, text === '' ? undefined : text);
}

/** The object under `key`, or an empty one; a value of another type (a bad import) reads as empty. */
export function specObject<K extends SpecObjectKey>(
  nodeClass: EC2NodeClass,
  key: K,
): Readonly<SpecObject<K>> {
  const value: unknown = nodeClass.spec[key];
  return isObject(value) ? (value as SpecObject<K>) : ({} as SpecObject<K>);
}

/** Sets or removes one field of an object such as `kubelet`; the object goes once it is empty. */
export function withSpecObjectField<
  K extends SpecObjectKey,
  F extends keyof SpecObject<K> & string,
>(nodeClass: EC2NodeClass, key: K, field: F, value: SpecObject<K>[F] | undefined): EC2NodeClass {
  const next = withOptional(specObject(nodeClass, key), field, value);
  // TypeScript cannot see that SpecObject<K> is EC2NodeClassSpec[K] without undefined.
  const kept = Object.keys(next).length > 0 ? (next as EC2NodeClassSpec[K]) : undefined;
  return withSpecField(nodeClass, key, kept);
}

/** `spec.tags`, put on every instance, volume and launch template; no tags removes the map. */
export function withTags(
  nodeClass: EC2NodeClass,
  tags: Readonly<Record<string, string>>,
): EC2NodeClass {
  return withSpecField(nodeClass, 'tags', nonEmpty(tags));
}

export function classTags(nodeClass: EC2NodeClass): Readonly<Record<string, string>> {
  const tags: unknown = nodeClass.spec.tags;
  return isObject(tags) ? (tags as Record<string, string>) : {};
}

/** The node identity: the CRD wants exactly one of `role` and `instanceProfile`. */
export type NodeIdentity = 'role' | 'instanceProfile';

/** Which identity the class uses; `role` when it sets neither. */
export function nodeIdentity(nodeClass: EC2NodeClass): NodeIdentity {
  return nodeClass.spec.role === undefined && nodeClass.spec.instanceProfile !== undefined
    ? 'instanceProfile'
    : 'role';
}

/**
 * Sets the chosen identity to `name` and removes the other, so switching from role to
 * instanceProfile moves the name across for the user to edit. Empty text sets neither.
 */
export function withNodeIdentity(
  nodeClass: EC2NodeClass,
  identity: NodeIdentity,
  name: string,
): EC2NodeClass {
  const other: NodeIdentity = identity === 'role' ? 'instanceProfile' : 'role';
  const cleared = withSpecField(nodeClass, other, undefined);
  return withSpecField(cleared, identity, name === '' ? undefined : name);
}

/**
 * Chooses the placement group by name or by id (the CRD takes one, not both), or none. The
 * chosen field stays as `''` while it is empty, so the choice holds while the user types.
 */
export function withPlacementGroup(
  nodeClass: EC2NodeClass,
  by: 'name' | 'id' | undefined,
  value: string,
): EC2NodeClass {
  if (by === undefined) return withSpecField(nodeClass, 'placementGroupSelector', undefined);
  const { name: _name, id: _id, ...unknown } = specObject(nodeClass, 'placementGroupSelector');
  return withSpecField(nodeClass, 'placementGroupSelector', { [by]: value, ...unknown });
}
