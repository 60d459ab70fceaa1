import { describe, expect, it } from 'vitest';
import { userDataHint, userDataLanguage } from './userData';

const NODE_CONFIG = 'apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec: {}\n';
const MIME =
  'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: application/node.eks.aws\n\n' +
  NODE_CONFIG +
  '--B--\n';

describe('user data language', () => {
  it('edits AL2023 NodeConfig as YAML, and shell or MIME as shell', () => {
    expect(userDataLanguage('AL2023', NODE_CONFIG)).toBe('yaml');
    expect(userDataLanguage('AL2023', '#!/bin/bash\necho hi')).toBe('shell');
    expect(userDataLanguage('AL2023', MIME)).toBe('shell');
    expect(userDataLanguage('AL2023', '')).toBe('shell');
  });

  it('edits Bottlerocket TOML with the ini colours and Windows as PowerShell', () => {
    expect(userDataLanguage('Bottlerocket', '[settings.kubernetes]')).toBe('ini');
    expect(userDataLanguage('Windows2022', 'Write-Host hi')).toBe('powershell');
    expect(userDataLanguage('AL2', '#!/bin/bash')).toBe('shell');
  });

  it('guesses a Custom family from what the text looks like', () => {
    expect(userDataLanguage('Custom', '<powershell>\nWrite-Host hi')).toBe('powershell');
    expect(userDataLanguage('Custom', '[settings.kubernetes]\nmax-pods = 110')).toBe('ini');
    expect(userDataLanguage('Custom', NODE_CONFIG)).toBe('yaml');
    expect(userDataLanguage('Custom', '#!/bin/bash')).toBe('shell');
  });

  it('says that a Custom family gets no bootstrap from Karpenter', () => {
    expect(userDataHint('Custom')).toMatch(/join the node to the cluster itself/);
    expect(userDataHint('AL2023')).toMatch(/NodeConfig/);
  });
});
