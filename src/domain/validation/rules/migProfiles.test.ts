import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import type { NodePoolResource } from '../../design/types';
import type { MigProfileResource } from '../../mig/migProfile';
import { designOf, migProfile, nodePool } from '../../../../test/fixtures/fixtures';
import { migProfileRules } from './migProfiles';

function poolWith(profile: MigProfileResource): NodePoolResource {
  const pool = nodePool(`pool-${profile.name}`, 'default', `np-${profile.name}`);
  return { ...pool, migProfileId: profile.id };
}

describe('migProfileRules', () => {
  it('finds nothing in the example design', () => {
    expect(migProfileRules(exampleDesign())).toEqual([]);
  });

  it('finds nothing for an attached profile with a valid config', () => {
    const profile = migProfile('h100');
    expect(migProfileRules(designOf(profile, poolWith(profile)))).toEqual([]);
  });

  it.each([
    ['with a space', 'all 1g.10gb'],
    ['empty', ''],
    ['ending in a dash', 'all-1g-'],
    ['longer than a label value', `all-${'x'.repeat(60)}`],
  ])('reports a config that is not a valid label value (%s)', (_what, config) => {
    const profile = migProfile('h100', config);
    const problems = migProfileRules(designOf(profile, poolWith(profile)));
    expect(problems).toMatchObject([
      {
        severity: 'error',
        resourceId: 'mig-h100',
        path: 'config',
        rule: 'mig-config-invalid',
      },
    ]);
    expect(problems[0]?.message).toContain('"h100"');
  });

  it('accepts a custom config name that is a valid label value', () => {
    const profile = migProfile('custom', 'my-Custom_layout.v2');
    expect(migProfileRules(designOf(profile, poolWith(profile)))).toEqual([]);
  });

  it('mentions an unattached profile as info', () => {
    expect(migProfileRules(designOf(migProfile('idle')))).toEqual([
      expect.objectContaining({ severity: 'info', resourceId: 'mig-idle', rule: 'mig-unattached' }),
    ]);
  });
});
