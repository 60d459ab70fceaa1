import { describe, expect, it } from 'vitest';
import { CATALOG, instanceType } from '../../../../test/support/instanceCatalog';
import { bootsOn } from './classBoots';
import { typesForFamily } from './typesOnOs';

describe('what a class can boot (aws compatibility.go)', () => {
  it('boots no a1 with AL2023, but does with AL2 and Bottlerocket', () => {
    const a1 = instanceType('a1.large');
    expect(bootsOn(a1, 'AL2023')).toBe(false);
    expect(bootsOn(a1, 'AL2')).toBe(true);
    expect(bootsOn(a1, 'Bottlerocket')).toBe(true);
  });

  it('boots Windows on amd64 only', () => {
    expect(bootsOn(instanceType('m7g.large'), 'Windows2022')).toBe(false);
    expect(bootsOn(instanceType('m7i.large'), 'Windows2022')).toBe(true);
  });

  it('gives the lints the same types the engine launches, labelled for the OS', () => {
    const al2023 = typesForFamily(CATALOG, 'AL2023');
    expect(al2023.some((t) => t.family === 'a1')).toBe(false);
    expect(al2023).toHaveLength(CATALOG.types.filter((t) => t.family !== 'a1').length);
    expect(typesForFamily(CATALOG, 'AL2023')).toBe(al2023);
    const windows = typesForFamily(CATALOG, 'Windows2019');
    expect(
      windows.every((t) => t.arch === 'amd64' && t.labels['kubernetes.io/os'] === 'windows'),
    ).toBe(true);
  });
});
