import { describe, expect, it } from 'vitest';
import { acceleratorResource, instanceFamilyFacts } from './instanceFamilies';

describe('instance family facts', () => {
  it('knows g5g as the Graviton GPU family and g5 as an x86 one', () => {
    expect(instanceFamilyFacts('g5g')).toMatchObject({
      architecture: 'arm64',
      gpu: { name: 't4g' },
    });
    expect(instanceFamilyFacts('g5')).toMatchObject({
      architecture: 'amd64',
      gpu: { name: 'a10g' },
    });
  });

  it.each([
    ['p4de', 'a100'],
    ['p5', 'h100'],
    ['p5en', 'h200'],
    ['p6-b200', 'b200'],
    ['g6e', 'l40s'],
    ['gr6', 'l4'],
  ])('names the GPU of %s as its instance-gpu-name label (%s)', (family, name) => {
    expect(instanceFamilyFacts(family)?.gpu?.name).toBe(name);
  });

  it('marks Graviton CPU families arm64 and Intel/AMD ones amd64', () => {
    expect(instanceFamilyFacts('c8g')?.architecture).toBe('arm64');
    expect(instanceFamilyFacts('m7i')?.architecture).toBe('amd64');
    expect(instanceFamilyFacts('m7g')?.gpu).toBeUndefined();
  });

  it('gives each accelerator the extended resource its device plugin advertises', () => {
    const resource = (family: string) => {
      const facts = instanceFamilyFacts(family);
      return facts && acceleratorResource(facts);
    };
    expect(resource('p5')).toBe('nvidia.com/gpu');
    expect(resource('g4ad')).toBe('amd.com/gpu');
    expect(resource('trn1')).toBe('aws.amazon.com/neuron');
    expect(resource('m5')).toBeUndefined();
  });

  it('knows nothing about families it does not list, not even inherited names', () => {
    expect(instanceFamilyFacts('z9x')).toBeUndefined();
    expect(instanceFamilyFacts('constructor')).toBeUndefined();
  });
});
