import { describe, expect, it } from 'vitest';
import { designOf, nodePool } from '../../../test/fixtures/fixtures';
import { withTemplateLabels } from '../../domain/karpenter/edits/nodePoolFieldEdits';
import { validateDesign } from '../../domain/validation/validateDesign';
import { labelMessages } from './labelMessages';

describe('labelMessages', () => {
  it("puts a restricted key's error under the key and a bad value's under the value", () => {
    const base = nodePool('web');
    const labels = { 'karpenter.sh/team': 'ok', team: 'two words' };
    const pool = { ...base, manifest: withTemplateLabels(base.manifest, labels) };
    const problems = validateDesign(designOf(pool));
    const at = (key: string) => labelMessages(problems, `spec.template.metadata.labels[${key}]`);
    expect(at('karpenter.sh/team').key).toEqual([
      expect.stringMatching(/karpenter\.sh label domain/),
    ]);
    expect(at('karpenter.sh/team').value).toEqual([]);
    expect(at('team').key).toEqual([]);
    expect(at('team').value).toEqual([expect.stringMatching(/must be a label value/)]);
  });
});
