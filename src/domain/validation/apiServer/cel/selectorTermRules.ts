import { celRule, entry, item, type CelRule } from '../celRule';

/**
 * Subnet, security group and capacity reservation selector terms
 * (karpenter.k8s.aws_ec2nodeclasses.yaml). Upstream writes the "mutually exclusive" rules as
 * `!self.all(...)`, not `!self.exists(...)`: they only fail when EVERY term combines an id with
 * another field (a mix is accepted), and they fail on an empty list, where `all` is vacuously true.
 */

/** On every `tags` map of a selector term; `*` is how to match any value. */
export const selectorTagsNotEmpty: CelRule = celRule<Record<string, string>>({
  id: 'selector-tags-not-empty',
  cel: "self.all(k, k != '' && self[k] != '')",
  check: (tags, report) => {
    for (const [key, value] of Object.entries(tags)) {
      if (key === '') report('has an empty tag key: give the tag a key', entry(key));
      else if (value === '') report('is empty: give a value, or * to match any value', entry(key));
    }
  },
});

interface Term {
  id?: string;
  name?: string;
  tags?: Record<string, string>;
  ownerID?: string;
  instanceMatchCriteria?: string;
}

const has = (term: Term, ...fields: (keyof Term)[]) => fields.filter((f) => term[f] !== undefined);

function notEmptyList(id: string, what: string): CelRule {
  return celRule<Term[]>({
    id,
    cel: 'self.size() != 0',
    check: (terms, report) => {
      if (terms.length === 0) {
        report(
          `is empty: add a term that selects your ${what}, e.g. tags: {karpenter.sh/discovery: my-cluster}`,
        );
      }
    },
  });
}

function everyTermSelects(id: string, cel: string, fields: (keyof Term)[]): CelRule {
  return celRule<Term[]>({
    id,
    cel,
    check: (terms, report) =>
      terms.forEach((term, i) => {
        if (has(term, ...fields).length === 0)
          report(`selects nothing: set ${fields.join(' or ')}`, item(i));
      }),
  });
}

/**
 * `!self.all(x, has(x.<field>) && (<others>))`. `reportEmpty` is false where a size rule already
 * rejects the empty list with a clearer message.
 */
function notAllCombine(
  id: string,
  cel: string,
  field: keyof Term,
  others: (keyof Term)[],
  reportEmpty: boolean,
): CelRule {
  return celRule<Term[]>({
    id,
    cel,
    check: (terms, report) => {
      if (terms.length === 0) {
        if (reportEmpty) report('is empty: add a term, or remove the field');
        return;
      }
      const combined = terms.every((t) => t[field] !== undefined && has(t, ...others).length > 0);
      if (combined) {
        report(
          `combines ${field} with ${others.join(' or ')} in every term: set ${field} alone in a term`,
        );
      }
    },
  });
}

// ---- subnetSelectorTerms ----

export const subnetTermsNotEmpty = notEmptyList('subnet-terms-not-empty', 'subnets');
export const subnetTermSelects = everyTermSelects(
  'subnet-term-selects',
  'self.all(x, has(x.tags) || has(x.id))',
  ['tags', 'id'],
);
export const subnetIdAlone = notAllCombine(
  'subnet-id-alone',
  '!self.all(x, has(x.id) && has(x.tags))',
  'id',
  ['tags'],
  false,
);

// ---- securityGroupSelectorTerms ----

export const securityGroupTermsNotEmpty = notEmptyList(
  'security-group-terms-not-empty',
  'security groups',
);
export const securityGroupTermSelects = everyTermSelects(
  'security-group-term-selects',
  'self.all(x, has(x.tags) || has(x.id) || has(x.name))',
  ['tags', 'id', 'name'],
);
export const securityGroupIdAlone = notAllCombine(
  'security-group-id-alone',
  '!self.all(x, has(x.id) && (has(x.tags) || has(x.name)))',
  'id',
  ['tags', 'name'],
  false,
);
export const securityGroupNameAlone = notAllCombine(
  'security-group-name-alone',
  '!self.all(x, has(x.name) && (has(x.tags) || has(x.id)))',
  'name',
  ['tags', 'id'],
  false,
);

// ---- capacityReservationSelectorTerms (no size rule: an empty list fails the id rule) ----

export const capacityReservationTermSelects = everyTermSelects(
  'capacity-reservation-term-selects',
  'self.all(x, has(x.tags) || has(x.id) || has(x.instanceMatchCriteria))',
  ['tags', 'id', 'instanceMatchCriteria'],
);
export const capacityReservationIdAlone = notAllCombine(
  'capacity-reservation-id-alone',
  '!self.all(x, has(x.id) && (has(x.tags) || has(x.ownerID) || has(x.instanceMatchCriteria)))',
  'id',
  ['tags', 'ownerID', 'instanceMatchCriteria'],
  true,
);
