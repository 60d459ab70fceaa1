import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../test/fixtures/deepFreeze';
import { defaultEC2NodeClass } from '../model/defaults';
import {
  selectorTerms,
  termFields,
  termForm,
  withSelectorTermAdded,
  withSelectorTermAt,
  withSelectorTermRemoved,
  withTermForm,
  withTermTags,
  withTermText,
} from './selectorTermEdits';
import type { EC2NodeClass } from '../model/types';

const nodeClass = (spec: Partial<EC2NodeClass['spec']> = {}): EC2NodeClass => {
  const base = defaultEC2NodeClass('default');
  return deepFreeze({ ...base, spec: { ...base.spec, ...spec } });
};

describe('selector term forms', () => {
  it('recognises an AMI term by the field that identifies it', () => {
    expect(termForm('amiSelectorTerms', { alias: 'al2023@latest' }).form).toBe('alias');
    expect(termForm('amiSelectorTerms', { name: 'my-ami-*', owner: 'self' }).form).toBe('name');
    expect(termForm('amiSelectorTerms', { tags: { team: 'ml' }, owner: 'self' }).form).toBe('tags');
    expect(termForm('amiSelectorTerms', { ssmParameter: '/aws/x' }).form).toBe('ssmParameter');
  });

  it('reads an empty term as a tags term with no tags yet', () => {
    expect(termForm('subnetSelectorTerms', {}).form).toBe('tags');
    expect(termForm('capacityReservationSelectorTerms', { ownerID: '123456789012' }).form).toBe(
      'tags',
    );
  });

  it('shows every known field a term sets, even beyond its form', () => {
    expect(termFields('amiSelectorTerms', { name: 'x', tags: { a: 'b' } })).toEqual([
      'name',
      'owner',
      'tags',
    ]);
    expect(termFields('securityGroupSelectorTerms', { id: 'sg-1' })).toEqual(['id']);
  });

  it('drops what the new form cannot carry, keeps what it shares and unknown fields', () => {
    const term = deepFreeze({ name: 'my-ami', owner: 'self', future: 1 });
    expect(withTermForm('amiSelectorTerms', term, 'tags')).toEqual({ owner: 'self', future: 1 });
    expect(withTermForm('amiSelectorTerms', term, 'id')).toEqual({ id: '', future: 1 });
  });

  it('puts the new identifying field first, so it reads first in the YAML', () => {
    const switched = withTermForm('subnetSelectorTerms', { tags: { a: 'b' } }, 'id');
    expect(Object.keys(switched)).toEqual(['id']);
    expect(
      Object.keys(withTermForm('amiSelectorTerms', { owner: 'self', tags: { a: 'b' } }, 'name')),
    ).toEqual(['name', 'owner']);
  });

  it('keeps a cleared identifying field as empty text so the term keeps its form', () => {
    const cleared = withTermText('subnetSelectorTerms', { id: 'subnet-1' }, 'id', '');
    expect(cleared).toEqual({ id: '' });
    expect(termForm('subnetSelectorTerms', cleared).form).toBe('id');
  });

  it('removes any other cleared field', () => {
    expect(withTermText('amiSelectorTerms', { name: 'x', owner: 'self' }, 'owner', '')).toEqual({
      name: 'x',
    });
  });

  it('removes tags from a term when the last one goes', () => {
    expect(withTermTags({ tags: { a: 'b' }, owner: 'self' }, {})).toEqual({ owner: 'self' });
  });
});

describe('selector term lists', () => {
  it('adds, edits and removes terms without touching the others', () => {
    const base = nodeClass();
    const added = withSelectorTermAdded(base, 'subnetSelectorTerms');
    expect(selectorTerms(added, 'subnetSelectorTerms')).toHaveLength(2);
    const edited = withSelectorTermAt(added, 'subnetSelectorTerms', 1, (t) =>
      withTermForm('subnetSelectorTerms', t, 'id'),
    );
    expect(edited.spec.subnetSelectorTerms[1]).toEqual({ id: '' });
    expect(edited.spec.subnetSelectorTerms[0]).toBe(base.spec.subnetSelectorTerms[0]);
    expect(
      withSelectorTermRemoved(edited, 'subnetSelectorTerms', 1).spec.subnetSelectorTerms,
    ).toEqual(nodeClass().spec.subnetSelectorTerms);
  });

  it('keeps a required list as an empty list, which validation flags', () => {
    const none = withSelectorTermRemoved(nodeClass(), 'securityGroupSelectorTerms', 0);
    expect(none.spec.securityGroupSelectorTerms).toEqual([]);
  });

  it('removes the optional capacity reservation list with its last term', () => {
    const added = withSelectorTermAdded(nodeClass(), 'capacityReservationSelectorTerms');
    expect(added.spec.capacityReservationSelectorTerms).toEqual([{}]);
    const removed = withSelectorTermRemoved(added, 'capacityReservationSelectorTerms', 0);
    expect('capacityReservationSelectorTerms' in removed.spec).toBe(false);
  });

  it('starts an empty AMI list with the usual alias', () => {
    const empty = nodeClass({ amiSelectorTerms: [] });
    expect(withSelectorTermAdded(empty, 'amiSelectorTerms').spec.amiSelectorTerms).toEqual([
      { alias: 'al2023@latest' },
    ]);
  });
});
