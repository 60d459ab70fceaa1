import { nodePools } from '../../design/resources';
import type { Design } from '../../design/types';
import type { Problem } from '../problem';

/**
 * Values Karpenter gives these labels on AWS, from aws/karpenter-provider-aws,
 * pkg/providers/instancetype/types.go (`computeRequirements`): capacity types from the EC2
 * usage classes on-demand and spot, plus reserved when the class selects capacity reservations;
 * the architecture mapped from EC2's x86_64/arm64; the OS linux, or windows for Windows AMIs.
 * The API server accepts any value, but a value outside these matches no instance type: a typo
 * such as `ondemand` quietly turns a pool into a spot-only (or empty) pool.
 */
const KNOWN_VALUES: Readonly<Record<string, readonly string[]>> = {
  'karpenter.sh/capacity-type': ['spot', 'on-demand', 'reserved'],
  'kubernetes.io/arch': ['amd64', 'arm64'],
  'kubernetes.io/os': ['linux', 'windows'],
};

/** What people write for the known values, compared lower-case without punctuation. */
const SPELLINGS: Readonly<Record<string, string>> = {
  ondemand: 'on-demand',
  od: 'on-demand',
  spot: 'spot',
  reserved: 'reserved',
  amd64: 'amd64',
  x8664: 'amd64',
  x64: 'amd64',
  amd: 'amd64',
  arm64: 'arm64',
  aarch64: 'arm64',
  arm: 'arm64',
  linux: 'linux',
  windows: 'windows',
};

function meant(value: string, known: readonly string[]): string | undefined {
  const guess = SPELLINGS[value.toLowerCase().replace(/[^a-z0-9]/g, '')];
  return guess !== undefined && known.includes(guess) ? guess : undefined;
}

export function unknownRequirementValues(design: Design): Problem[] {
  const problems: Problem[] = [];
  for (const pool of nodePools(design)) {
    pool.manifest.spec.template.spec.requirements.forEach((requirement, i) => {
      const known = KNOWN_VALUES[requirement.key];
      if (!known || requirement.operator !== 'In') return;
      for (const value of requirement.values ?? []) {
        if (known.includes(value)) continue;
        const guess = meant(value, known);
        const fix = guess ? `Did you mean ${guess}?` : `Use ${known.join(', ')}.`;
        problems.push({
          severity: 'warning',
          resourceId: pool.id,
          path: `spec.template.spec.requirements[${i}].values`,
          message: `NodePool "${pool.manifest.metadata.name}" allows ${requirement.key} "${value}", which no EC2 instance has (Karpenter knows ${known.join(', ')}), so that value never matches. ${fix}`,
          rule: 'requirement-value-unknown',
        });
      }
    });
  }
  return problems;
}
