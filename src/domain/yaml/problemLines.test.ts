import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../design/example';
import { deleteResources } from '../design/operations';
import { validateDesign } from '../validation/validateDesign';
import { designToManifests } from './manifests';
import { problemLines } from './problemLines';
import { manifestsToYaml } from './toYaml';

describe('problemLines', () => {
  it('puts a dangling nodeClassRef on the name line of that pool', () => {
    const design = deleteResources(exampleDesign(), ['nc-gpu-al2023']);
    const entries = designToManifests(design);
    const yaml = manifestsToYaml(entries);
    const located = problemLines(entries, yaml, validateDesign(design));
    const lines = yaml.text.split('\n');
    const spot = located.find(
      (l) => l.problem.resourceId === 'np-gpu-spot' && l.problem.rule === 'nodeclassref-dangling',
    );
    expect(spot).toBeDefined();
    expect(lines[(spot?.line ?? 0) - 1]).toBe('        name: gpu-al2023');
    const range = yaml.ranges['np-gpu-spot'];
    expect(spot?.line).toBeGreaterThanOrEqual(range?.startLine ?? Infinity);
    expect(spot?.line).toBeLessThanOrEqual(range?.endLine ?? -Infinity);
  });
});
