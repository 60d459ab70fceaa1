import { describe, expect, it } from 'vitest';
import {
  amiAliasProblem,
  selectorTagKeyProblem,
  selectorTagValueProblem,
  selectorTermsProblem,
} from './ec2NodeClassFieldProblems';

describe('EC2NodeClass field problems', () => {
  it('accepts the offered aliases and pinned Linux versions', () => {
    expect(amiAliasProblem('al2023@latest')).toBeUndefined();
    expect(amiAliasProblem('bottlerocket@v1.20.0')).toBeUndefined();
    expect(amiAliasProblem('windows2022@latest')).toBeUndefined();
  });

  it('rejects a missing version, an unknown family and a pinned Windows version', () => {
    expect(amiAliasProblem('')).toMatch(/required/);
    expect(amiAliasProblem('al2023')).toMatch(/family@version/);
    expect(amiAliasProblem('ubuntu@latest')).toMatch(/family must be/);
    expect(amiAliasProblem('windows2022@v1')).toMatch(/@latest/);
  });

  it('rejects empty tag keys and values', () => {
    expect(selectorTagKeyProblem('')).toBeDefined();
    expect(selectorTagValueProblem('')).toMatch(/\*/);
    expect(selectorTagValueProblem('*')).toBeUndefined();
  });

  it('says when the first selector term selects nothing', () => {
    expect(selectorTermsProblem([])).toMatch(/at least one/);
    expect(selectorTermsProblem([{}])).toMatch(/selects nothing/);
    expect(selectorTermsProblem([{ id: 'sg-1' }])).toBeUndefined();
  });
});
