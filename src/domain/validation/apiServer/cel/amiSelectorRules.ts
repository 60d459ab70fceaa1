import { celRule, item, type CelRule } from '../celRule';

/**
 * AMI selection rules of karpenter.k8s.aws_ec2nodeclasses.yaml: the alias format, how terms
 * combine, and how `amiFamily` agrees with an alias. An alias (`al2023@latest`) picks the EKS
 * optimized AMI and implies its family, so it stands alone.
 */

const FAMILIES = ['al2', 'al2023', 'bottlerocket', 'windows2019', 'windows2022', 'windows2025'];
const WINDOWS = ['windows2019', 'windows2022', 'windows2025'];

export const aliasFormat: CelRule = celRule<string>({
  id: 'ami-alias-format',
  cel: "self.matches('^[a-zA-Z0-9]+@.+$')",
  check: (alias, report) => {
    if (!/^[a-zA-Z0-9]+@.+$/.test(alias)) {
      report('must be family@version, e.g. al2023@latest or bottlerocket@v1.20.0');
    }
  },
});

export const aliasFamily: CelRule = celRule<string>({
  id: 'ami-alias-family',
  cel: "self.split('@')[0] in ['al2','al2023','bottlerocket','windows2019','windows2022','windows2025']",
  check: (alias, report) => {
    const family = alias.split('@')[0] ?? '';
    if (!FAMILIES.includes(family)) {
      report(`names an unknown AMI family "${family}": use one of ${FAMILIES.join(', ')}`);
    }
  },
});

// With no '@' at all, `split('@')[1]` is an index error in CEL: a Windows alias without a version
// is rejected too.
export const windowsAliasLatest: CelRule = celRule<string>({
  id: 'ami-alias-windows-latest',
  cel: "self.split('@')[0] in ['windows2019','windows2022','windows2025'] ? self.split('@')[1] == 'latest' : true",
  check: (alias, report) => {
    const [family = '', version] = alias.split('@');
    if (WINDOWS.includes(family) && version !== 'latest') {
      report(`must be ${family}@latest: Windows AMIs cannot be pinned to a version`);
    }
  },
});

interface AmiSelectorTerm {
  alias?: string;
  id?: string;
  name?: string;
  owner?: string;
  ssmParameter?: string;
  tags?: Record<string, string>;
}

const set = (term: AmiSelectorTerm, ...fields: (keyof AmiSelectorTerm)[]) =>
  fields.filter((field) => term[field] !== undefined);

// `owner` alone narrows nothing down, so it does not count as selecting.
export const amiTermSelects: CelRule = celRule<AmiSelectorTerm[]>({
  id: 'ami-term-selects',
  cel: 'self.all(x, has(x.tags) || has(x.id) || has(x.name) || has(x.alias) || has(x.ssmParameter))',
  check: (terms, report) =>
    terms.forEach((term, i) => {
      if (set(term, 'tags', 'id', 'name', 'alias', 'ssmParameter').length === 0) {
        report('selects nothing: set alias, id, name, tags or ssmParameter', item(i));
      }
    }),
});

export const amiIdAlone: CelRule = celRule<AmiSelectorTerm[]>({
  id: 'ami-id-alone',
  cel: '!self.exists(x, has(x.id) && (has(x.alias) || has(x.tags) || has(x.name) || has(x.owner)))',
  check: (terms, report) =>
    terms.forEach((term, i) => {
      const others = set(term, 'alias', 'tags', 'name', 'owner');
      if (term.id !== undefined && others.length > 0) {
        report(
          `sets id together with ${others.join(', ')}: an id picks one AMI, so put it in a term of its own`,
          item(i),
        );
      }
    }),
});

export const amiAliasAloneInTerm: CelRule = celRule<AmiSelectorTerm[]>({
  id: 'ami-alias-alone-in-term',
  cel: '!self.exists(x, has(x.alias) && (has(x.id) || has(x.tags) || has(x.name) || has(x.owner)))',
  check: (terms, report) =>
    terms.forEach((term, i) => {
      const others = set(term, 'id', 'tags', 'name', 'owner');
      if (term.alias !== undefined && others.length > 0) {
        report(
          `sets alias together with ${others.join(', ')}: an alias must be set alone`,
          item(i),
        );
      }
    }),
});

export const amiAliasOnlyTerm: CelRule = celRule<AmiSelectorTerm[]>({
  id: 'ami-alias-only-term',
  cel: '!(self.exists(x, has(x.alias)) && self.size() != 1)',
  check: (terms, report) => {
    if (terms.length !== 1 && terms.some((term) => term.alias !== undefined)) {
      report(
        `has an alias term and ${terms.length - 1} other term(s): an alias must be the only AMI selector term, so remove the others or the alias`,
      );
    }
  },
});

interface EC2NodeClassSpec {
  amiFamily?: string;
  amiSelectorTerms?: AmiSelectorTerm[];
}

/** CEL `alias.find('^[^@]+')`: the text before the first '@' ('' when it starts with '@'). */
const aliasFamilyOf = (alias: string) => /^[^@]+/.exec(alias)?.[0] ?? '';

/**
 * Six rules with one shape, one per alias family:
 * `!has(self.amiFamily) || (self.amiSelectorTerms.exists(x, has(x.alias) &&
 * x.alias.find('^[^@]+') == '<alias>') ? (self.amiFamily == 'Custom' || self.amiFamily ==
 * '<family>') : true)`. Without amiSelectorTerms (required, already reported) CEL fails to
 * evaluate them; that adds nothing and is not repeated.
 */
function familyMatchesAlias(alias: string, family: string): CelRule {
  return celRule<EC2NodeClassSpec>({
    id: `ami-family-${alias}`,
    cel: `!has(self.amiFamily) || (self.amiSelectorTerms.exists(x, has(x.alias) && x.alias.find('^[^@]+') == '${alias}') ? (self.amiFamily == 'Custom' || self.amiFamily == '${family}') : true)`,
    check: (spec, report) => {
      const { amiFamily, amiSelectorTerms = [] } = spec;
      if (amiFamily === undefined || amiFamily === 'Custom' || amiFamily === family) return;
      const term = amiSelectorTerms.find(
        (t) => t.alias !== undefined && aliasFamilyOf(t.alias) === alias,
      );
      if (term === undefined) return;
      report(
        `is ${amiFamily} but the AMI alias ${term.alias ?? ''} is ${family}: set amiFamily to ${family} or Custom, or remove it (the alias implies it)`,
        '.amiFamily',
      );
    },
  });
}

export const amiFamilyAl2 = familyMatchesAlias('al2', 'AL2');
export const amiFamilyAl2023 = familyMatchesAlias('al2023', 'AL2023');
export const amiFamilyBottlerocket = familyMatchesAlias('bottlerocket', 'Bottlerocket');
export const amiFamilyWindows2019 = familyMatchesAlias('windows2019', 'Windows2019');
export const amiFamilyWindows2022 = familyMatchesAlias('windows2022', 'Windows2022');
export const amiFamilyWindows2025 = familyMatchesAlias('windows2025', 'Windows2025');

/** Without an alias Karpenter cannot tell how to bootstrap the AMI (user data format, devices). */
export const amiFamilyWithoutAlias: CelRule = celRule<EC2NodeClassSpec>({
  id: 'ami-family-required',
  cel: 'self.amiSelectorTerms.exists(x, has(x.alias)) ? true : has(self.amiFamily)',
  check: (spec, report) => {
    if (spec.amiSelectorTerms === undefined || spec.amiFamily !== undefined) return;
    if (spec.amiSelectorTerms.some((term) => term.alias !== undefined)) return;
    report(
      'is required when no AMI selector term uses an alias: set the family of your AMIs (AL2023, Bottlerocket, ...) or Custom',
      '.amiFamily',
    );
  },
});
