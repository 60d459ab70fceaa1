import { describe, expect, it } from 'vitest';
import { defaultNodePool } from '../../karpenter/model/defaults';
import { lineOfPath } from './locatePath';
import { parseProblemPath } from './problemPath';
import { manifestToYaml } from '../export/toYaml';

const text = manifestToYaml({
  ...defaultNodePool('general', 'default'),
  spec: {
    ...defaultNodePool('general', 'default').spec,
    limits: { cpu: '1000', 'nvidia.com/gpu': '8' },
  },
});
const lines = text.split('\n');
const lineText = (line: number) => lines[line - 1] ?? '';

describe('parseProblemPath', () => {
  it('splits keys, indexes and bracketed keys that contain dots', () => {
    expect(parseProblemPath('spec.template.spec.requirements[2].values')).toEqual([
      'spec',
      'template',
      'spec',
      'requirements',
      2,
      'values',
    ]);
    expect(parseProblemPath('spec.limits[nvidia.com/gpu]')).toEqual([
      'spec',
      'limits',
      'nvidia.com/gpu',
    ]);
  });
});

describe('lineOfPath', () => {
  it('finds the line of a field', () => {
    expect(lineText(lineOfPath(text, 'metadata.name'))).toBe('  name: general');
    expect(lineText(lineOfPath(text, 'spec.disruption.consolidateAfter'))).toBe(
      '    consolidateAfter: 1m',
    );
  });

  it('finds a list item and a field inside it', () => {
    expect(lineText(lineOfPath(text, 'spec.template.spec.requirements[1]'))).toBe(
      '        - key: kubernetes.io/os',
    );
    expect(lineText(lineOfPath(text, 'spec.template.spec.requirements[1].values'))).toBe(
      '          values:',
    );
  });

  it('finds a map key that contains dots', () => {
    expect(lineText(lineOfPath(text, 'spec.limits[nvidia.com/gpu]'))).toBe(
      '    nvidia.com/gpu: "8"',
    );
  });

  it('points a missing field at the deepest part that exists', () => {
    expect(lineText(lineOfPath(text, 'spec.template.spec.nodeClassRef.missing'))).toBe(
      '      nodeClassRef:',
    );
    expect(lineOfPath(text, 'nothing.here')).toBe(1);
  });
});
