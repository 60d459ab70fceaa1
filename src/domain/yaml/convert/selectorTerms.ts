/**
 * v1alpha1 selector maps -> v1 selector terms. "Karpenter's `spec.subnetSelector`,
 * `spec.securityGroupSelector`, and `spec.amiSelector` fields have been modified to support
 * multiple terms and to first-class keys like id and name. If using comma-delimited strings in
 * your `tag`, `id`, or `name` values, you may need to create separate terms" (v1beta1 Migration,
 * "SubnetSelector, SecurityGroupSelector, and AMISelector"). The AMI cross product of names and
 * owners is the one Karpenter's own converter built (aws/karpenter-provider-aws
 * pkg/utils/nodeclass, `NewAMISelectorTerms`).
 */
import { defineKey } from '../import/clusterFields';
import type { Notes } from './conversion';
import type { Json } from './json';

const ID_KEYS = ['aws-ids', 'aws::ids'];

function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Splits the special `aws::`/`aws-` keys from the tag keys. */
function split(selector: Record<string, string>): {
  special: Map<string, string>;
  tags: Record<string, string>;
} {
  const special = new Map<string, string>();
  const tags: Record<string, string> = {};
  for (const [key, value] of Object.entries(selector)) {
    if (ID_KEYS.includes(key) || key.startsWith('aws::')) special.set(key, value);
    else defineKey(tags, key, value);
  }
  return { special, tags };
}

/** v1alpha1 took an empty tag value as "any value"; v1 spells that `*` and rejects "". */
function wildcards(tags: Record<string, string>, field: string, notes: Notes): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(tags)) {
    defineKey(out, key, value === '' ? '*' : value);
    if (value === '') {
      notes.change(`${field} tag "${key}": the empty value (any value) is now "*".`);
    }
  }
  return out;
}

function ids(special: Map<string, string>): string[] {
  return ID_KEYS.flatMap((key) => commaList(special.get(key) ?? ''));
}

/** Subnet or security group terms: one id term per listed id, else one term of all the tags. */
export function idOrTagTerms(
  selector: Record<string, string> | undefined,
  from: string,
  to: string,
  notes: Notes,
): Json[] {
  if (selector === undefined || Object.keys(selector).length === 0) {
    notes.warn(`${from} is missing, and v1 requires ${to}; add at least one term.`);
    return [];
  }
  const { special, tags } = split(selector);
  for (const key of special.keys()) {
    if (!ID_KEYS.includes(key)) {
      notes.warn(`${from} key "${key}" has no v1 equivalent and was dropped.`);
    }
  }
  const listed = ids(special);
  if (listed.length > 0) {
    if (Object.keys(tags).length > 0) {
      notes.warn(
        `${from} combined ids with tags; v1 id terms cannot carry tags, so the tags were dropped: ${Object.keys(tags).join(', ')}.`,
      );
    }
    notes.change(`${from} ids became ${listed.length} ${to} id term(s).`);
    return listed.map((id) => ({ id }));
  }
  if (Object.keys(tags).length === 0) {
    notes.warn(
      `${from} selects nothing v1 can express, and v1 requires ${to}; add at least one term.`,
    );
    return [];
  }
  notes.change(`${from} became ${to} with one tags term.`);
  return [{ tags: wildcards(tags, from, notes) }];
}

/** AMI terms: ids alone, else every name x owner pair, each with the tags. */
export function amiTerms(selector: Record<string, string> | undefined, notes: Notes): Json[] {
  if (selector === undefined || Object.keys(selector).length === 0) return [];
  const { special, tags } = split(selector);
  const listed = ids(special);
  const names = commaList(special.get('aws::name') ?? '');
  const owners = commaList(special.get('aws::owners') ?? '');
  for (const key of special.keys()) {
    if (![...ID_KEYS, 'aws::name', 'aws::owners'].includes(key)) {
      notes.warn(`amiSelector key "${key}" has no v1 equivalent and was dropped.`);
    }
  }
  if (listed.length > 0) {
    if (names.length + owners.length + Object.keys(tags).length > 0) {
      notes.warn(
        'amiSelector combined ids with names, owners or tags; v1 id terms stand alone, so only the ids were kept.',
      );
    }
    notes.change(`amiSelector ids became ${listed.length} amiSelectorTerms id term(s).`);
    return listed.map((id) => ({ id }));
  }
  const tagTerm = Object.keys(tags).length > 0 ? wildcards(tags, 'amiSelector', notes) : undefined;
  const terms: Json[] = [];
  for (const owner of owners.length > 0 ? owners : [undefined]) {
    for (const name of names.length > 0 ? names : [undefined]) {
      const term: Json = {};
      if (tagTerm !== undefined) term.tags = tagTerm;
      if (name !== undefined) term.name = name;
      if (owner !== undefined) term.owner = owner;
      terms.push(term);
    }
  }
  if (terms.some((term) => term.tags === undefined && term.name === undefined)) {
    notes.warn('amiSelector gave owners only; v1 needs a name or tags beside an owner. Add one.');
  }
  notes.change(`amiSelector became ${terms.length} amiSelectorTerms term(s).`);
  return terms;
}
