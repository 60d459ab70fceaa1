import { nonEmpty, withOptional } from './mapEdits';
import type { AmiSelectorTerm, EC2NodeClass, SelectorTerm } from './types';

/** The selector lists whose first term's tags the inspector edits. */
export type TagSelectorField = 'subnetSelectorTerms' | 'securityGroupSelectorTerms';

/**
 * The alias when the AMI is chosen by alias alone. The CRD allows an alias only as the single
 * term, with no other field beside it, so any other shape is a custom selection.
 */
export function amiAlias(nodeClass: EC2NodeClass): string | undefined {
  const terms = nodeClass.spec.amiSelectorTerms;
  const only = terms.length === 1 ? terms[0] : undefined;
  if (!only || typeof only.alias !== 'string') return undefined;
  return Object.keys(only).length === 1 ? only.alias : undefined;
}

/** Replaces every AMI selector term with one alias term. */
export function withAmiAlias(nodeClass: EC2NodeClass, alias: string): EC2NodeClass {
  const term: AmiSelectorTerm = { alias };
  return { ...nodeClass, spec: { ...nodeClass.spec, amiSelectorTerms: [term] } };
}

/** Empty text removes `role` (a class may use `instanceProfile` instead). */
export function withRole(nodeClass: EC2NodeClass, role: string): EC2NodeClass {
  return {
    ...nodeClass,
    spec: withOptional(nodeClass.spec, 'role', role === '' ? undefined : role),
  };
}

/** The tags of the first selector term, the one the inspector edits. */
export function firstTermTags(
  nodeClass: EC2NodeClass,
  field: TagSelectorField,
): Readonly<Record<string, string>> {
  return nodeClass.spec[field][0]?.tags ?? {};
}

/**
 * Sets the first selector term's tags, creating the term when the list is empty; the other
 * terms (they are ORed) are kept as they are. No tags removes `tags` from the term.
 */
export function withFirstTermTags(
  nodeClass: EC2NodeClass,
  field: TagSelectorField,
  tags: Readonly<Record<string, string>>,
): EC2NodeClass {
  const [first = {}, ...rest] = nodeClass.spec[field];
  const term: SelectorTerm = withOptional(first, 'tags', nonEmpty(tags));
  return { ...nodeClass, spec: { ...nodeClass.spec, [field]: [term, ...rest] } };
}
