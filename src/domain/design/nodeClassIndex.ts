import { ec2NodeClasses } from './resources';
import type { Design, EC2NodeClassResource } from './types';

const built = new WeakMap<Design, ReadonlyMap<string, readonly EC2NodeClassResource[]>>();

/**
 * EC2NodeClasses by name, built once per design so rules that follow every pool's reference stay
 * linear (the catalog rules look a pool's class up for each of 1,000 pools).
 */
export function nodeClassesByName(
  design: Design,
): ReadonlyMap<string, readonly EC2NodeClassResource[]> {
  const found = built.get(design);
  if (found) return found;
  const index = new Map<string, EC2NodeClassResource[]>();
  for (const nodeClass of ec2NodeClasses(design)) {
    const name = nodeClass.manifest.metadata.name;
    index.set(name, [...(index.get(name) ?? []), nodeClass]);
  }
  built.set(design, index);
  return index;
}
