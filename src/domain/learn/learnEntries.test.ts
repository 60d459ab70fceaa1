import { describe, expect, it } from 'vitest';
import type { ResourceKind } from '../design/types';
import type { MigProfileResource } from '../mig/migProfile';
import { explainedFields } from '../fields/fields';
import { EDGE_ENTRIES } from './edgeEntries';
import {
  LEARN_ENTRIES,
  LEARN_SECTIONS,
  learnEntry,
  searchLearn,
  type LearnId,
} from './learnEntries';
import { MENTAL_MODEL } from './mentalModel';

const DOC_HOSTS = ['karpenter.sh', 'docs.nvidia.com', 'kubernetes.io', 'docs.aws.amazon.com'];

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('learn entries', () => {
  it.each(LEARN_ENTRIES.map((entry) => [entry.id, entry] as const))(
    '%s says what it is and links a documentation page',
    (_id, entry) => {
      expect(entry.title.trim()).not.toBe('');
      expect(entry.what.trim()).not.toBe('');
      expect(entry.docs.label.trim()).not.toBe('');
      const url = new URL(entry.docs.url);
      expect(url.protocol).toBe('https:');
      expect(DOC_HOSTS).toContain(url.hostname);
      for (const optional of [entry.default, entry.mistake]) {
        if (optional !== undefined) expect(optional.trim()).not.toBe('');
      }
    },
  );

  it('has unique ids', () => {
    const all = ids(LEARN_ENTRIES);
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  it('names every entry by what it explains', () => {
    const shape =
      /^(?:(?:model|edge):[a-z][A-Za-z0-9-]*|kind:(?:NodePool|EC2NodeClass|MigProfile|Workload)|(?:NodePool|EC2NodeClass|MigProfile|Workload):[A-Za-z][\w.[\]]*)$/;
    expect(ids(LEARN_ENTRIES).filter((id) => !shape.test(id))).toEqual([]);
  });

  it('puts every entry in exactly one section of the panel', () => {
    const fields = (['NodePool', 'EC2NodeClass', 'MigProfile', 'Workload'] as const).flatMap(
      (kind) => [`kind:${kind}`, ...explainedFields(kind).map(([path]) => path)],
    );
    const everything = [...ids(MENTAL_MODEL), ...ids(EDGE_ENTRIES), ...fields];
    expect([...ids(LEARN_ENTRIES)].sort()).toEqual(everything.sort());
    expect(LEARN_SECTIONS[0]).toEqual({ title: 'The mental model', entries: MENTAL_MODEL });
    expect(LEARN_SECTIONS.map((section) => section.title)).toEqual([
      'The mental model',
      'NodePool',
      'EC2NodeClass',
      'MIG profile',
      'Workload',
      'Connections on the canvas',
    ]);
  });

  it('explains every resource kind and both kinds of edge', () => {
    const kinds: Record<ResourceKind, true> = {
      NodePool: true,
      EC2NodeClass: true,
      MigProfile: true,
      Workload: true,
    };
    for (const kind of Object.keys(kinds)) expect(learnEntry(`kind:${kind}`)).toBeDefined();
    expect(learnEntry('edge:nodeClassRef')).toBeDefined();
    expect(learnEntry('edge:migProfile')).toBeDefined();
  });

  it('keys MIG profile entries by the fields of a MIG profile', () => {
    const fields: Record<Exclude<keyof MigProfileResource, 'id' | 'kind' | 'position'>, true> = {
      name: true,
      gpu: true,
      config: true,
      devices: true,
      strategy: true,
      applyWith: true,
      taint: true,
      nodeOverlay: true,
    };
    // What the form derives from those fields rather than stores.
    const derived = ['capacity', 'clusterSetup'];
    const paths = explainedFields('MigProfile').map(([id]) => id.slice('MigProfile:'.length));
    expect(paths.filter((path) => !(path in fields) && !derived.includes(path))).toEqual([]);
    for (const field of Object.keys(fields)) expect(paths).toContain(field);
  });
});

describe('the mental model', () => {
  const text = (id: string) => {
    const entry = learnEntry(id);
    return entry ? `${entry.title} ${entry.what}` : '';
  };

  it('starts with what a NodePool and an EC2NodeClass are for', () => {
    expect(ids(MENTAL_MODEL).slice(0, 3)).toEqual([
      'model:nodepool',
      'model:ec2nodeclass',
      'model:nodeclassref',
    ]);
    expect(text('model:nodepool')).toMatch(/what nodes you want/);
    expect(text('model:ec2nodeclass')).toMatch(/how they are built/);
  });

  it('says a pool references exactly one class and a class serves many', () => {
    expect(text('model:nodeclassref')).toContain('spec.template.spec.nodeClassRef');
    expect(text('model:nodeclassref')).toMatch(/exactly one EC2NodeClass/);
    expect(text('model:nodeclassref')).toMatch(/many NodePools/);
  });

  it('says the pool selects MIG and the MIG manager applies it', () => {
    expect(text('model:mig-selection')).toContain('nvidia.com/mig.config');
    expect(text('model:mig-selection')).toMatch(/taint/);
    expect(text('model:mig-selection')).toMatch(/GPU model/);
    expect(text('model:mig-applied')).toMatch(/MIG manager/);
    expect(text('model:mig-applied')).toMatch(/userData/);
    expect(text('model:mig-requests')).toContain('nvidia.com/mig-<profile>');
  });

  it('teaches placement in the four rules: requests, taints, weight, limits', () => {
    const placement = text('model:placement');
    expect(placement).toMatch(/Requests place pods/);
    expect(placement).toMatch(/Taints keep pods out/);
    expect(placement).toMatch(/Weight orders pools/);
    expect(placement).toMatch(/Limits cap them/);
  });

  it('says allocatable is capacity less the reserves, and DaemonSets come off each node', () => {
    expect(text('model:allocatable')).toMatch(/kube-reserved and system-reserved/);
    expect(text('model:allocatable')).toMatch(/eviction threshold/);
    expect(text('model:daemonset-overhead')).toMatch(/subtracts those pods’ requests/);
  });

  it('says scheduling counts requests and limits decide eviction', () => {
    expect(text('model:requests-limits')).toMatch(/request/);
    expect(text('model:requests-limits')).toMatch(/consolidat/);
    expect(text('model:requests-limits')).toMatch(/evicted/);
  });

  it('says what each consolidation policy removes, when, and how many at once', () => {
    const consolidation = text('model:consolidation');
    expect(consolidation).toMatch(/WhenEmpty removes only nodes left with no pods/);
    expect(consolidation).toMatch(/WhenEmptyOrUnderutilized.*cheaper node/);
    expect(consolidation).toContain('Balanced');
    expect(consolidation).toContain('consolidateAfter');
    expect(consolidation).toMatch(/Budgets cap how many nodes/);
  });
});

describe('learnEntry', () => {
  it('finds an entry by id and nothing for an unknown one', () => {
    expect(learnEntry('NodePool:spec.weight')?.title).toBe('weight');
    expect(learnEntry('NodePool:spec.wieght')).toBeUndefined();
  });

  it('types its ids, so a learn= prop naming no entry does not compile', () => {
    // @ts-expect-error: no such field
    const misspelt: LearnId = 'NodePool:spec.wieght';
    // @ts-expect-error: a field the hover describes but the learn panel does not explain
    const hoverOnly: LearnId = 'NodePool:spec.template.spec.taints[].key';
    expect([misspelt, hoverOnly].map((id) => learnEntry(id))).toEqual([undefined, undefined]);
  });
});

describe('searchLearn', () => {
  it('finds an entry by its title, in any case', () => {
    expect(ids(searchLearn('CONSOLIDATEAFTER'))[0]).toBe(
      'NodePool:spec.disruption.consolidateAfter',
    );
  });

  it('finds entries by words of their explanation', () => {
    expect(ids(searchLearn('free IP addresses'))).toEqual([
      'EC2NodeClass:spec.subnetSelectorTerms',
    ]);
  });

  it('needs every word of the query', () => {
    const found = searchLearn('mig.config taint');
    expect(found.length).toBeGreaterThan(0);
    for (const entry of found) {
      expect(`${entry.title} ${entry.what}`.toLowerCase()).toContain('mig.config');
      expect(`${entry.title} ${entry.what}`.toLowerCase()).toContain('taint');
    }
  });

  it('lists entries whose title matches before those that only mention it', () => {
    const found = searchLearn('budgets');
    const firstMention = found.findIndex((entry) => !entry.title.includes('budgets'));
    expect(firstMention).toBeGreaterThan(0);
    expect(found.slice(firstMention).every((entry) => !entry.title.includes('budgets'))).toBe(true);
  });

  it('returns everything for an empty query and nothing for a word no entry uses', () => {
    expect(searchLearn('  ')).toEqual(LEARN_ENTRIES);
    expect(searchLearn('zeppelin')).toEqual([]);
  });
});
