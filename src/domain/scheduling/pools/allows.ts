import { hasValue } from '../../karpenter/requirements/requirement';
import type { Requirements } from '../../karpenter/requirements/requirements';

/** The requirements let a node carry `key=value`: an undefined key allows anything. */
export function allows(requirements: Requirements, key: string, value: string): boolean {
  const requirement = requirements.get(key);
  return requirement === undefined || hasValue(requirement, value);
}

export const CAPACITY_TYPE = 'karpenter.sh/capacity-type';
export type LaunchCapacityType = 'spot' | 'on-demand';

/**
 * The capacity types a NodeClaim with these requirements can launch. Reserved offerings need
 * capacity reservations the designer does not model, so they are left out (the caller says so).
 * With no capacity-type requirement both remain, and Karpenter launches spot whenever spot is
 * offered (aws instance.go :: getCapacityType).
 */
export function launchCapacityTypes(requirements: Requirements): LaunchCapacityType[] {
  return (['spot', 'on-demand'] as const).filter((ct) => allows(requirements, CAPACITY_TYPE, ct));
}
