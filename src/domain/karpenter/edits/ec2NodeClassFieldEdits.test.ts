import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../../test/fixtures/deepFreeze';
import { defaultEC2NodeClass } from '../model/defaults';
import {
  nodeIdentity,
  withNodeIdentity,
  withPlacementGroup,
  withSpecObjectField,
  withSpecText,
  withTags,
} from './ec2NodeClassFieldEdits';
import type { EC2NodeClass } from '../model/types';

const nodeClass = (spec: Partial<EC2NodeClass['spec']> = {}): EC2NodeClass => {
  const base = defaultEC2NodeClass('default');
  return deepFreeze({ ...base, spec: { ...base.spec, ...spec } });
};

describe('EC2NodeClass field edits', () => {
  it('sets the role, and empty text leaves neither identity', () => {
    expect(withNodeIdentity(nodeClass(), 'role', 'MyRole').spec.role).toBe('MyRole');
    expect('role' in withNodeIdentity(nodeClass(), 'role', '').spec).toBe(false);
  });

  it('moves the name across when switching from role to instanceProfile', () => {
    const profiled = withNodeIdentity(nodeClass({ role: 'Nodes' }), 'instanceProfile', 'Nodes');
    expect(profiled.spec.instanceProfile).toBe('Nodes');
    expect('role' in profiled.spec).toBe(false);
    expect(nodeIdentity(profiled)).toBe('instanceProfile');
    expect(nodeIdentity(withNodeIdentity(profiled, 'instanceProfile', ''))).toBe('role');
  });

  it('sets a field of an object and removes the object with its last field', () => {
    const hopped = withSpecObjectField(
      nodeClass(),
      'metadataOptions',
      'httpPutResponseHopLimit',
      2,
    );
    expect(hopped.spec.metadataOptions).toEqual({ httpPutResponseHopLimit: 2 });
    const cleared = withSpecObjectField(
      hopped,
      'metadataOptions',
      'httpPutResponseHopLimit',
      undefined,
    );
    expect('metadataOptions' in cleared.spec).toBe(false);
  });

  it('keeps fields it does not know, and their order, when editing an object', () => {
    const options = { httpTokens: 'required', futureOption: true, httpEndpoint: 'enabled' };
    const edited = withSpecObjectField(
      nodeClass({ metadataOptions: options }),
      'metadataOptions',
      'httpTokens',
      'optional',
    );
    expect(Object.entries(edited.spec.metadataOptions ?? {})).toEqual([
      ['httpTokens', 'optional'],
      ['futureOption', true],
      ['httpEndpoint', 'enabled'],
    ]);
  });

  it('removes user data, tags and other optional fields when emptied', () => {
    const withData = withSpecText(nodeClass(), 'userData', '#!/bin/bash');
    expect(withData.spec.userData).toBe('#!/bin/bash');
    expect('userData' in withSpecText(withData, 'userData', '').spec).toBe(false);
    const tagged = withTags(nodeClass(), { team: 'ml' });
    expect(tagged.spec.tags).toEqual({ team: 'ml' });
    expect('tags' in withTags(tagged, {}).spec).toBe(false);
  });

  it('keeps the spec key order when a field changes in place', () => {
    const edited = withNodeIdentity(nodeClass(), 'role', 'Other');
    expect(Object.keys(edited.spec)).toEqual(Object.keys(nodeClass().spec));
  });

  it('selects a placement group by name or by id, never both', () => {
    const named = withPlacementGroup(nodeClass(), 'name', 'training');
    expect(named.spec.placementGroupSelector).toEqual({ name: 'training' });
    const byId = withPlacementGroup(named, 'id', 'pg-0123');
    expect(byId.spec.placementGroupSelector).toEqual({ id: 'pg-0123' });
    expect('placementGroupSelector' in withPlacementGroup(byId, undefined, '').spec).toBe(false);
  });
});
