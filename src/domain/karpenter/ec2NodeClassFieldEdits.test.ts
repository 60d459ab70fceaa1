import { describe, expect, it } from 'vitest';
import { DISCOVERY_TAG_KEY, defaultEC2NodeClass } from './defaults';
import {
  amiAlias,
  firstTermTags,
  withAmiAlias,
  withFirstTermTags,
  withRole,
} from './ec2NodeClassFieldEdits';
import type { EC2NodeClass } from './types';

const nodeClass = () => defaultEC2NodeClass('default');

function withAmiTerms(base: EC2NodeClass, terms: EC2NodeClass['spec']['amiSelectorTerms']) {
  return { ...base, spec: { ...base.spec, amiSelectorTerms: terms } };
}

describe('EC2NodeClass field edits', () => {
  it('reads the alias of a single alias term', () => {
    expect(amiAlias(nodeClass())).toBe('al2023@latest');
  });

  it('treats tags, ids or several terms as custom AMI selection', () => {
    expect(amiAlias(withAmiTerms(nodeClass(), [{ id: 'ami-123' }]))).toBeUndefined();
    expect(amiAlias(withAmiTerms(nodeClass(), [{ alias: 'al2023@latest', owner: 'x' }]))).toBe(
      undefined,
    );
    expect(amiAlias(withAmiTerms(nodeClass(), []))).toBeUndefined();
  });

  it('replaces custom terms with one alias term', () => {
    const custom = withAmiTerms(nodeClass(), [{ tags: { a: 'b' } }, { id: 'ami-1' }]);
    expect(withAmiAlias(custom, 'bottlerocket@latest').spec.amiSelectorTerms).toEqual([
      { alias: 'bottlerocket@latest' },
    ]);
  });

  it('sets the role, and empty text removes it', () => {
    expect(withRole(nodeClass(), 'MyRole').spec.role).toBe('MyRole');
    expect('role' in withRole(nodeClass(), '').spec).toBe(false);
  });

  it("edits the first subnet term's tags and keeps the other terms", () => {
    const base = nodeClass();
    const twoTerms = {
      ...base,
      spec: { ...base.spec, subnetSelectorTerms: [{ tags: { a: '1' } }, { id: 'subnet-1' }] },
    };
    const next = withFirstTermTags(twoTerms, 'subnetSelectorTerms', { a: '1', b: '2' });
    expect(next.spec.subnetSelectorTerms).toEqual([
      { tags: { a: '1', b: '2' } },
      { id: 'subnet-1' },
    ]);
    expect(firstTermTags(next, 'subnetSelectorTerms')).toEqual({ a: '1', b: '2' });
    expect(next.spec.securityGroupSelectorTerms).toEqual(base.spec.securityGroupSelectorTerms);
  });

  it('removes tags from the term when the last tag goes, and creates a term when none exist', () => {
    const cleared = withFirstTermTags(nodeClass(), 'securityGroupSelectorTerms', {});
    expect(cleared.spec.securityGroupSelectorTerms).toEqual([{}]);
    const base = nodeClass();
    const noTerms = { ...base, spec: { ...base.spec, subnetSelectorTerms: [] } };
    expect(
      withFirstTermTags(noTerms, 'subnetSelectorTerms', { [DISCOVERY_TAG_KEY]: 'c' }).spec
        .subnetSelectorTerms,
    ).toEqual([{ tags: { [DISCOVERY_TAG_KEY]: 'c' } }]);
  });
});
