import { describe, expect, it } from 'vitest';
import { describeYamlStats, yamlStats } from './yamlStats';

describe('yamlStats', () => {
  it('counts the documents and the lines a reader sees', () => {
    const stats = yamlStats({
      text: 'kind: NodePool\n---\nkind: EC2NodeClass\n',
      ranges: { a: { startLine: 1, endLine: 1 }, b: { startLine: 3, endLine: 3 } },
    });
    expect(stats).toEqual({ documents: 2, lines: 3 });
    expect(describeYamlStats(stats)).toBe('2 documents · 3 lines');
  });

  it('says an empty design has nothing in it', () => {
    expect(describeYamlStats(yamlStats({ text: '', ranges: {} }))).toBe('0 documents · 0 lines');
  });

  it('uses the singular for one', () => {
    expect(describeYamlStats({ documents: 1, lines: 1 })).toBe('1 document · 1 line');
  });
});

describe('yamlStats of the same export', () => {
  it('gives the same answer object, so the panel does not rescan the text on every render', () => {
    const exported = { text: 'kind: NodePool\n', ranges: { a: { startLine: 1, endLine: 1 } } };
    expect(yamlStats(exported)).toBe(yamlStats(exported));
    expect(yamlStats({ ...exported })).not.toBe(yamlStats(exported));
  });
});
