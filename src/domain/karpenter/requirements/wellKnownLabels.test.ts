import { describe, expect, it } from 'vitest';
import {
  isRestrictedLabel,
  isRestrictionUncertain,
  normalizeLabelKey,
  WELL_KNOWN_LABEL_KEYS,
} from './wellKnownLabels';

describe('well-known labels (spec 1.8, v1.14.1 core + aws)', () => {
  it('lists 36 keys: 8 from core, 28 from the AWS provider', () => {
    expect(WELL_KNOWN_LABEL_KEYS.size).toBe(36);
  });

  it('does not list karpenter.k8s.aws/instance-pods, which the docs name but the code lacks', () => {
    expect(WELL_KNOWN_LABEL_KEYS.has('karpenter.k8s.aws/instance-pods')).toBe(false);
  });
});

describe('isRestrictedLabel (core IsRestrictedLabel)', () => {
  it.each([
    'kubernetes.io/hostname',
    'karpenter.sh/unknown',
    'karpenter.sh/registered',
    'karpenter.k8s.aws/instance-pods',
    'sub.karpenter.sh/anything',
    'team.karpenter.k8s.aws/anything',
  ])('restricts %s', (key) => {
    expect(isRestrictedLabel(key)).toBe(true);
  });

  it.each([
    'karpenter.sh/capacity-type',
    'karpenter.sh/nodepool',
    'karpenter.k8s.aws/instance-family',
    'topology.kubernetes.io/zone',
    'team',
    'example.com/team',
    'notkarpenter.sh/x',
    'node.kubernetes.io/instance-type',
  ])('allows %s', (key) => {
    expect(isRestrictedLabel(key)).toBe(false);
  });

  it('restricts karpenter.k8s.aws/ec2nodeclass, a reading the engine must call uncertain', () => {
    expect(isRestrictedLabel('karpenter.k8s.aws/ec2nodeclass')).toBe(true);
    expect(isRestrictionUncertain('karpenter.k8s.aws/ec2nodeclass')).toBe(true);
    expect(isRestrictionUncertain('karpenter.sh/unknown')).toBe(false);
  });
});

describe('normalizeLabelKey (core NormalizedLabels)', () => {
  it('rewrites deprecated keys and leaves others alone', () => {
    expect(normalizeLabelKey('beta.kubernetes.io/instance-type')).toBe(
      'node.kubernetes.io/instance-type',
    );
    expect(normalizeLabelKey('team')).toBe('team');
  });
});
