import { isObject } from '../../lib/isObject';
import { removeAt, replaceAt } from '../../lib/listEdits';
import { nonEmpty, withOptional } from '../../lib/mapEdits';
import type { EC2NodeClass } from '../model/types';

/**
 * The EC2NodeClass's selector term lists. Terms are ORed; the fields of one term are ANDed. The
 * CRD lets some fields stand only alone (an `id`, an AMI `alias`), so a term is edited in one
 * *form* at a time, chosen by the user, showing just the fields that form may combine.
 */
export type SelectorTermList =
  | 'amiSelectorTerms'
  | 'subnetSelectorTerms'
  | 'securityGroupSelectorTerms'
  | 'capacityReservationSelectorTerms';

/** A term as the editor sees it: any of the lists' term shapes, plus fields it does not know. */
export type SelectorTerm = Readonly<Record<string, unknown>>;

export interface TermForm {
  form: string;
  label: string;
  /** The fields a term of this form may set; the first one identifies the form. */
  fields: readonly string[];
}

const TAGS_FIELD = 'tags';
const TAGS_FORM: TermForm = { form: TAGS_FIELD, label: 'Tags', fields: [TAGS_FIELD] };

/**
 * The shapes each list's CRD accepts (karpenter.k8s.aws_ec2nodeclasses.yaml v1.14.1): `id` and
 * `alias` are mutually exclusive with every other field; AMI names and tags may name an owner;
 * a capacity reservation may be matched by tags, owner account and match criteria together.
 * In the order a select offers them, the most common first.
 */
const FORMS: Readonly<Record<SelectorTermList, readonly TermForm[]>> = {
  amiSelectorTerms: [
    { form: 'alias', label: 'EKS-optimized alias', fields: ['alias'] },
    { form: 'id', label: 'AMI ID', fields: ['id'] },
    { form: 'name', label: 'Name and owner', fields: ['name', 'owner'] },
    { form: 'tags', label: 'Tags and owner', fields: ['tags', 'owner'] },
    { form: 'ssmParameter', label: 'SSM parameter', fields: ['ssmParameter'] },
  ],
  subnetSelectorTerms: [
    { form: 'tags', label: 'Tags', fields: ['tags'] },
    { form: 'id', label: 'Subnet ID', fields: ['id'] },
  ],
  securityGroupSelectorTerms: [
    { form: 'tags', label: 'Tags', fields: ['tags'] },
    { form: 'id', label: 'Security group ID', fields: ['id'] },
    { form: 'name', label: 'Name', fields: ['name'] },
  ],
  capacityReservationSelectorTerms: [
    {
      form: 'tags',
      label: 'Tags, owner and match criteria',
      fields: ['tags', 'ownerID', 'instanceMatchCriteria'],
    },
    { form: 'id', label: 'Reservation ID', fields: ['id'] },
  ],
};

export function termForms(list: SelectorTermList): readonly TermForm[] {
  return FORMS[list];
}

function knownFields(list: SelectorTermList): string[] {
  return [...new Set(FORMS[list].flatMap((form) => form.fields))];
}

/**
 * The form a term is in: the first form other than tags whose identifying field it sets, else
 * tags (every list has that form: an empty term is a tags term with no tags yet).
 */
export function termForm(list: SelectorTermList, term: SelectorTerm): TermForm {
  const forms = FORMS[list];
  const tags = forms.find((form) => form.form === TAGS_FIELD) ?? TAGS_FORM;
  return forms.find((form) => form !== tags && identifying(form) in term) ?? tags;
}

function identifying(form: TermForm): string {
  return form.fields[0] ?? TAGS_FIELD;
}

/**
 * The fields to show for a term: its form's, and any other known field it sets (an imported
 * term may combine name and tags), so nothing the term says is hidden.
 */
export function termFields(list: SelectorTermList, term: SelectorTerm): string[] {
  const form = termForm(list, term).fields;
  return knownFields(list).filter((field) => form.includes(field) || field in term);
}

/**
 * Switches a term to another form: fields the new form cannot carry go, fields both share stay
 * (an AMI owner), unknown fields stay. A form's identifying field is added empty, first, so the
 * term keeps its form while the user types; the CRD's checks flag it until it is filled in.
 */
export function withTermForm(
  list: SelectorTermList,
  term: SelectorTerm,
  form: string,
): SelectorTerm {
  const target = FORMS[list].find((f) => f.form === form);
  if (!target) return term;
  const known = knownFields(list);
  const kept = Object.fromEntries(
    Object.entries(term).filter(([key]) => !known.includes(key) || target.fields.includes(key)),
  );
  const primary = identifying(target);
  if (primary === TAGS_FIELD || primary in kept) return kept;
  return { [primary]: '', ...kept };
}

/**
 * Sets a text field of a term. Empty text removes the field, except the field that identifies
 * the term's form: it stays as `''`, so clearing an ID to retype it does not switch the term to
 * another form under the cursor.
 */
export function withTermText(
  list: SelectorTermList,
  term: SelectorTerm,
  field: string,
  text: string,
): SelectorTerm {
  const keep = identifying(termForm(list, term)) === field && field !== TAGS_FIELD;
  return withOptional(term, field, text === '' && !keep ? undefined : text);
}

export function termTags(term: SelectorTerm): Readonly<Record<string, string>> {
  const tags = term[TAGS_FIELD];
  return isObject(tags) ? (tags as Record<string, string>) : {};
}

/** Sets a term's tags; none removes `tags` from the term. */
export function withTermTags(
  term: SelectorTerm,
  tags: Readonly<Record<string, string>>,
): SelectorTerm {
  return withOptional(term, TAGS_FIELD, nonEmpty(tags));
}

export function selectorTerms(nodeClass: EC2NodeClass, list: SelectorTermList): SelectorTerm[] {
  const terms: unknown = nodeClass.spec[list];
  return Array.isArray(terms) ? (terms as SelectorTerm[]) : [];
}

/**
 * Sets a list. The AMI, subnet and security group lists are required, so an empty one stays
 * (and is flagged); the optional capacity reservation list is removed instead.
 */
function withSelectorTerms(
  nodeClass: EC2NodeClass,
  list: SelectorTermList,
  terms: readonly SelectorTerm[],
): EC2NodeClass {
  if (list === 'capacityReservationSelectorTerms') {
    return {
      ...nodeClass,
      spec: withOptional(nodeClass.spec, list, terms.length > 0 ? [...terms] : undefined),
    };
  }
  return { ...nodeClass, spec: { ...nodeClass.spec, [list]: [...terms] } };
}

export function withSelectorTermAt(
  nodeClass: EC2NodeClass,
  list: SelectorTermList,
  index: number,
  update: (term: SelectorTerm) => SelectorTerm,
): EC2NodeClass {
  const terms = selectorTerms(nodeClass, list);
  const current = terms[index];
  return current
    ? withSelectorTerms(nodeClass, list, replaceAt(terms, index, update(current)))
    : nodeClass;
}

/** The first AMI term is the usual EKS-optimized alias; any other new term starts empty. */
export function withSelectorTermAdded(
  nodeClass: EC2NodeClass,
  list: SelectorTermList,
): EC2NodeClass {
  const terms = selectorTerms(nodeClass, list);
  const blank: SelectorTerm =
    list === 'amiSelectorTerms' && terms.length === 0 ? { alias: 'al2023@latest' } : {};
  return withSelectorTerms(nodeClass, list, [...terms, blank]);
}

export function withSelectorTermRemoved(
  nodeClass: EC2NodeClass,
  list: SelectorTermList,
  index: number,
): EC2NodeClass {
  return withSelectorTerms(nodeClass, list, removeAt(selectorTerms(nodeClass, list), index));
}
