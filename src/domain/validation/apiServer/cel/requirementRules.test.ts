import { describe, expect, it } from 'vitest';
import { problemSentence } from '../apiProblem';
import { poolRequiring } from '../../../../../test/apiServer/manifestBuilders';
import { validateManifest } from '../validateManifest';
import { celInt } from './requirementRules';

const sentences = (...requirements: unknown[]) =>
  validateManifest(poolRequiring(...requirements)).map(problemSentence);

describe('requirement rules', () => {
  it('asks for values on In, and offers Exists', () => {
    expect(sentences({ key: 'example.com/team', operator: 'In', values: [] })).toEqual([
      'spec.template.spec.requirements[0].values must list at least one value for operator In: add the values to match, or use Exists to match any value.',
    ]);
  });

  it('reports a numeric operator with a word at its values, quoting them', () => {
    expect(
      sentences({ key: 'a', operator: 'Exists' }, { key: 'b', operator: 'Gt', values: ['two'] }),
    ).toEqual([
      'spec.template.spec.requirements[1].values must be exactly one whole number of 0 or more for operator Gt, e.g. ["2"] (got ["two"]).',
    ]);
  });

  it('says how many values minValues asks for and how many there are', () => {
    expect(sentences({ key: 'a', operator: 'In', values: ['x', 'y'], minValues: 3 })).toEqual([
      'spec.template.spec.requirements[0].minValues is 3 but only 2 values are listed: list at least 3 values, or lower minValues.',
    ]);
  });

  it('does not repeat a missing operator as a rule failure', () => {
    expect(
      validateManifest(poolRequiring({ key: 'a', values: ['x'], minValues: 1 })).map((p) => p.rule),
    ).toEqual(['required']);
  });

  it('reads numbers as CEL int() does: a sign and leading zeros, within int64', () => {
    expect(celInt('+5')).toBe(5n);
    expect(celInt('007')).toBe(7n);
    expect(celInt('-0')).toBe(0n);
    expect(celInt('9223372036854775807')).toBe(9223372036854775807n);
    expect(celInt('9223372036854775808')).toBeUndefined();
    expect(celInt('1_000')).toBeUndefined();
    expect(celInt(' 1')).toBeUndefined();
    expect(celInt('0x10')).toBeUndefined();
  });
});
