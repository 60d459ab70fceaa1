import { describe, expect, it } from 'vitest';
import { problemSentence } from '../apiProblem';
import { classWith } from '../../../../../test/apiServer/manifestBuilders';
import { validateManifest } from '../validateManifest';

const sentences = (spec: Record<string, unknown>) =>
  validateManifest(classWith(spec)).map(problemSentence);

describe('AMI selector rules', () => {
  it('explain a family that disagrees with the alias, and the ways out', () => {
    expect(
      sentences({ amiSelectorTerms: [{ alias: 'bottlerocket@latest' }], amiFamily: 'AL2023' }),
    ).toEqual([
      'spec.amiFamily is AL2023 but the AMI alias bottlerocket@latest is Bottlerocket: set amiFamily to Bottlerocket or Custom, or remove it (the alias implies it).',
    ]);
  });

  it('ask for amiFamily when no term uses an alias', () => {
    expect(sentences({ amiSelectorTerms: [{ id: 'ami-0123' }] })).toEqual([
      'spec.amiFamily is required when no AMI selector term uses an alias: set the family of your AMIs (AL2023, Bottlerocket, ...) or Custom.',
    ]);
  });

  it('tell how to write a Windows alias', () => {
    expect(sentences({ amiSelectorTerms: [{ alias: 'windows2022@v20240101' }] })).toEqual([
      'spec.amiSelectorTerms[0].alias must be windows2022@latest: Windows AMIs cannot be pinned to a version.',
    ]);
  });

  it('keep an alias alone, in its term and in the list', () => {
    const rules = validateManifest(
      classWith({ amiSelectorTerms: [{ alias: 'al2023@latest', owner: 'amazon' }, { name: 'x' }] }),
    ).map((p) => `${p.path} ${p.rule}`);
    expect(rules).toEqual([
      'spec.amiSelectorTerms[0] ami-alias-alone-in-term',
      'spec.amiSelectorTerms ami-alias-only-term',
    ]);
  });

  it('do not count an owner alone as selecting an AMI', () => {
    expect(sentences({ amiSelectorTerms: [{ owner: 'self' }], amiFamily: 'Custom' })).toEqual([
      'spec.amiSelectorTerms[0] selects nothing: set alias, id, name, tags or ssmParameter.',
    ]);
  });
});
