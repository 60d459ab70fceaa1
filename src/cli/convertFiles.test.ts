import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { awsNodeTemplate, provisioner } from '../../test/convert/olderManifests';
import { convertToV1 } from '../domain/yaml/convert';
import { convertFiles } from './convertFiles';

const HEADER = '# Karpenter for the web tier.\n# Owned by platform.\n';

const CONFIG_MAP = `---
# not Karpenter: left alone, spacing and all
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}   # flow style stays
data:
  mode:   "fast"
`;

const POOL = `---
apiVersion: karpenter.sh/v1beta1
kind: NodePool
metadata:
  name: web # the web tier
spec:
  template:
    spec:
      nodeClassRef:
        name: default
      requirements:
        # c, m and r only
        - key: karpenter.k8s.aws/instance-category
          operator: In
          values: ["c", "m", "r"]
  disruption:
    consolidationPolicy: WhenUnderutilized
    expireAfter: 720h
`;

const CLASS = `---
apiVersion: karpenter.k8s.aws/v1beta1
kind: EC2NodeClass
metadata:
  name: default
spec:
  amiFamily: AL2 # pinned by the platform team
  role: KarpenterNodeRole-demo
  subnetSelectorTerms:
    - tags: { karpenter.sh/discovery: demo }
  securityGroupSelectorTerms:
    - tags: { karpenter.sh/discovery: demo }
`;

function documentsOf(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => doc.toJS() as unknown);
}

function dataOf(text: string): Record<string, unknown>[] {
  return documentsOf(text) as Record<string, unknown>[];
}

describe('convertFiles', () => {
  it('converts a v1beta1 pool and class, keeping comments and the other documents byte for byte', () => {
    const text = HEADER + POOL + CONFIG_MAP + CLASS;
    const { output, rewrites, findings } = convertFiles([{ path: 'karpenter.yaml', text }], {
      color: false,
    });
    expect(findings).toBe(2);
    expect(rewrites).toHaveLength(1);
    const after = rewrites[0]?.text ?? '';
    expect(after.startsWith(HEADER + '---\napiVersion: karpenter.sh/v1\n')).toBe(true);
    expect(after).toContain(CONFIG_MAP);
    expect(after).toContain('  name: web # the web tier\n');
    expect(after).toContain('        # c, m and r only\n');
    expect(after).toContain('  amiSelectorTerms:');

    const [pool, configMap, nodeClass] = dataOf(after);
    const before = dataOf(text);
    const others = [before[0], before[2]] as Record<string, unknown>[];
    expect(pool).toEqual(convertToV1(others[0] ?? {}, { others }).converted[0]);
    expect(configMap).toEqual(before[1]);
    expect(nodeClass).toEqual(convertToV1(others[1] ?? {}, { others }).converted[0]);

    expect(output).toContain('--- a/karpenter.yaml\n+++ b/karpenter.yaml\n');
    expect(output).toContain('-apiVersion: karpenter.sh/v1beta1\n+apiVersion: karpenter.sh/v1\n');
    expect(output).toContain('karpenter.yaml:4: karpenter.sh/v1beta1 NodePool "web" → v1');
    expect(output).toContain(
      '  - consolidationPolicy WhenUnderutilized is called WhenEmptyOrUnderutilized in v1.',
    );
    expect(output).toContain('karpenter.yaml:29: karpenter.k8s.aws/v1beta1 EC2NodeClass "default"');
    expect(output).toMatch(/2 resources of an older Karpenter API in 1 file\.\n$/);
    expect(output).not.toContain('\u001b[');
  });

  it('colours the diff red and green only when asked', () => {
    const { output } = convertFiles([{ path: 'pool.yaml', text: POOL }], { color: true });
    expect(output).toContain('\u001b[31m-apiVersion: karpenter.sh/v1beta1\u001b[39m');
    expect(output).toContain('\u001b[32m+apiVersion: karpenter.sh/v1\u001b[39m');
  });

  it('turns a Provisioner and its AWSNodeTemplate into a NodePool and an EC2NodeClass, notes and all', () => {
    const older = [
      provisioner('legacy', {
        providerRef: { name: 'legacy' },
        kubeletConfiguration: { maxPods: 20, containerRuntime: 'dockerd' },
      }),
      awsNodeTemplate('legacy'),
    ];
    const text = older.map((m) => `---\n${stringify(m)}`).join('');
    const { rewrites, findings, output } = convertFiles([{ path: 'old.yaml', text }], {
      color: false,
    });
    expect(findings).toBe(2);
    const after = dataOf(rewrites[0]?.text ?? '');
    expect(after.map((m) => `${String(m.apiVersion)} ${String(m.kind)}`)).toEqual([
      'karpenter.sh/v1 NodePool',
      'karpenter.k8s.aws/v1 EC2NodeClass',
    ]);
    expect(after).toEqual(older.map((m) => convertToV1(m, { others: older }).converted[0]));
    expect(output).toContain('old.yaml:2: karpenter.sh/v1alpha5 Provisioner "legacy" → v1');
    expect(output).toContain(
      'old.yaml:42: karpenter.k8s.aws/v1alpha1 AWSNodeTemplate "legacy" → v1',
    );
    expect(output).toContain(
      '  warning: kubelet containerRuntime dockerd removed: nodes run containerd since v1beta1.',
    );
  });

  it('adds the EC2NodeClass a Provisioner’s inline provider becomes right after its NodePool', () => {
    const inline = provisioner('inline', {
      providerRef: undefined,
      provider: { subnetSelector: { 'karpenter.sh/discovery': 'demo' } },
    });
    const text = `# first\n${stringify(inline)}---\nkind: Namespace\napiVersion: v1\nmetadata: {name: a}\n`;
    const { rewrites } = convertFiles([{ path: 'inline.yaml', text }], { color: false });
    const after = dataOf(rewrites[0]?.text ?? '');
    expect(after.map((m) => m.kind)).toEqual(['NodePool', 'EC2NodeClass', 'Namespace']);
    expect(after.slice(0, 2)).toEqual(convertToV1(inline).converted);
    expect(rewrites[0]?.text).toMatch(/^# first\n/);
    expect(rewrites[0]?.text).toMatch(
      /\n---\nkind: Namespace\napiVersion: v1\nmetadata: \{name: a\}\n$/,
    );
  });

  it('converts the items of a List where they are', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [provisioner('a'), awsNodeTemplate()] };
    const { rewrites, findings } = convertFiles([{ path: 'list.yaml', text: stringify(list) }], {
      color: false,
    });
    expect(findings).toBe(2);
    const [after] = dataOf(rewrites[0]?.text ?? '');
    expect((after?.items as Record<string, unknown>[]).map((m) => m.apiVersion)).toEqual([
      'karpenter.sh/v1',
      'karpenter.k8s.aws/v1',
    ]);
  });

  it('gives a v1 EC2NodeClass in another file the kubelet its v1beta1 NodePool moves there', () => {
    const pool = POOL.replace(
      '      nodeClassRef:\n',
      '      kubelet:\n        maxPods: 42\n      nodeClassRef:\n',
    );
    const v1Class = CLASS.replace('karpenter.k8s.aws/v1beta1', 'karpenter.k8s.aws/v1').replace(
      '  amiFamily: AL2 # pinned by the platform team\n',
      '  amiSelectorTerms:\n    - alias: al2@latest # pinned by the platform team\n',
    );
    const { rewrites, findings } = convertFiles(
      [
        { path: 'pool.yaml', text: pool },
        { path: 'class.yaml', text: v1Class },
      ],
      { color: false },
    );
    expect(findings).toBe(1);
    expect(rewrites.map((r) => r.path)).toEqual(['pool.yaml', 'class.yaml']);
    const [nodeClass] = dataOf(rewrites[1]?.text ?? '');
    expect((nodeClass?.spec as Record<string, unknown>).kubelet).toEqual({ maxPods: 42 });
    expect(rewrites[1]?.text).toContain('    - alias: al2@latest # pinned by the platform team\n');
  });

  it('leaves a file with nothing to convert alone: no diff, no rewrite', () => {
    const text = HEADER + CONFIG_MAP;
    const { output, rewrites, findings } = convertFiles([{ path: 'cm.yaml', text }], {
      color: false,
    });
    expect(findings).toBe(0);
    expect(rewrites).toEqual([]);
    expect(output).toBe('No resources of an older Karpenter API.\n');
  });

  it('names the line and column of a file that is not YAML, and rewrites only the others', () => {
    const { errors, rewrites } = convertFiles(
      [
        { path: 'notes.txt', text: 'key: value\n  - what: [unclosed\n' },
        { path: 'pool.yaml', text: POOL },
      ],
      { color: false },
    );
    expect(errors).toEqual([
      'notes.txt:1:6: error: not YAML: Nested mappings are not allowed in compact mappings',
    ]);
    expect(rewrites.map((r) => r.path)).toEqual(['pool.yaml']);
  });

  it('says a binary file is not text', () => {
    const { errors, rewrites } = convertFiles(
      [{ path: 'logo.png', text: '\u0089PNG\u0000\u0001' }],
      {
        color: false,
      },
    );
    expect(errors).toEqual([
      'logo.png:1:1: error: The file is not a text file (it contains binary data)',
    ]);
    expect(rewrites).toEqual([]);
  });

  it('keeps CRLF line ends', () => {
    const text = (HEADER + POOL).replace(/\n/g, '\r\n');
    const { rewrites } = convertFiles([{ path: 'win.yaml', text }], { color: false });
    expect(rewrites[0]?.text).toContain('apiVersion: karpenter.sh/v1\r\n');
    expect(rewrites[0]?.text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
