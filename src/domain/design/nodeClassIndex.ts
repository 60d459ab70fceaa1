import { ec2NodeClasses } from './resources';
import type { Design, EC2NodeClassResource } from './types';

/** EC2NodeClasses by name, built once so rules that follow every pool's reference stay linear. */
export function nodeClassesByName(design: Design): Map<string, EC2NodeClassResource[]> {
  const index = new Map<string, EC2NodeClassResource[]>();
  for (const nodeClass of ec2NodeClasses(design)) {
    const name = nodeClass.manifest.metadata.name;
    index.set(name, [...(index.get(name) ?? []), nodeClass]);
  }
  return index;
}
