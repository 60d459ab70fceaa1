import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../../design/example';
import { exportDesign } from '../export/exportDesign';
import { readMigDocuments } from './migDocuments';
import { MAX_IMPORT_BYTES } from '../parse/importCaps';
import { importYaml } from './importYaml';

const pool = (name: string, extra = '') => `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: ${name}${extra}
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
`;

describe('importYaml', () => {
  it('reads back everything the designer exports', () => {
    const { text } = exportDesign(exampleDesign());
    const imported = readMigDocuments(importYaml(text, 'karpenter.yaml'));
    // The NodeOverlay the example's MIG pool generates is read back as part of its profile.
    expect(imported.messages.map((m) => m.text)).toEqual([
      'NodeOverlay "batch-p5.48xlarge" was read as the MIG capacity of pool "batch"; export writes it anew from its profile.',
    ]);
    expect(imported.others).toEqual([]);
    expect(imported.nodePools.find((p) => p.mig)?.mig?.nodeOverlay).toBe(true);
    expect(imported.nodeClasses.map((c) => c.manifest.metadata.name)).toEqual([
      'default',
      'gpu-al2023',
    ]);
    expect(imported.nodePools.map((p) => p.manifest.metadata.name)).toEqual([
      'batch',
      'general',
      'gpu-ondemand',
      'gpu-spot',
    ]);
  });

  it('turns a MIG config label into a profile and lifts the label, taint and GPU pins out', () => {
    const { text } = exportDesign(exampleDesign());
    const batch = importYaml(text, 'x.yaml').nodePools.find(
      (p) => p.manifest.metadata.name === 'batch',
    );
    expect(batch?.mig).toMatchObject({ config: 'all-balanced', gpu: 'h100-80gb', taint: true });
    expect(batch?.manifest.spec.template.metadata).toBeUndefined();
    expect(batch?.manifest.spec.template.spec.requirements.map((r) => r.key)).not.toContain(
      'karpenter.k8s.aws/instance-gpu-name',
    );
    expect(batch?.manifest.spec.template.spec.taints).toEqual([
      { key: 'nvidia.com/gpu', effect: 'NoSchedule' },
    ]);
  });

  it('reads List kinds as kubectl get -o yaml prints them, and drops cluster-managed fields', () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: karpenter.sh/v1
    kind: NodePool
    metadata:
      name: listed
      uid: 1234
      resourceVersion: "99"
      creationTimestamp: "2026-01-01T00:00:00Z"
      annotations:
        kubectl.kubernetes.io/last-applied-configuration: "{}"
    spec:
      template:
        spec:
          nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
          requirements: []
    status:
      conditions: []
`;
    const imported = importYaml(list, 'pools.yaml');
    expect(imported.nodePools[0]?.manifest.metadata).toEqual({ name: 'listed' });
    expect(imported.nodePools[0]?.manifest).not.toHaveProperty('status');
    expect(imported.messages).toHaveLength(1);
    expect(imported.messages[0]?.severity).toBe('info');
    expect(imported.messages[0]?.text).toContain('metadata.uid');
  });

  it('names the file and line of a YAML error and keeps the good documents', () => {
    const text = `${pool('good')}---\n${pool('broken').replace('values: [amd64]', 'values: [amd64')}`;
    const imported = importYaml(text, 'mixed.yaml');
    expect(imported.nodePools.map((p) => p.manifest.metadata.name)).toEqual(['good']);
    expect(imported.messages).toHaveLength(1);
    expect(imported.messages[0]?.severity).toBe('error');
    expect(imported.messages[0]?.source).toBe('mixed.yaml');
    expect(imported.messages[0]?.line).toBeGreaterThan(11);
  });

  it('keeps other kinds, skips documents without a name or a template, saying why', () => {
    const text = [
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n',
      pool('').replace('name: \n', 'name: ""\n'),
      'apiVersion: karpenter.sh/v1beta1\nkind: NodePool\nmetadata: {name: old}\nspec: {}\n',
    ].join('---\n');
    const texts = importYaml(text, 'a.yaml').messages.map((m) => m.text);
    expect(texts).toEqual([
      expect.stringContaining('ConfigMap "web" (v1) is not a Karpenter resource: kept'),
      expect.stringContaining('without metadata.name'),
      expect.stringContaining('NodePool "old" lacks spec.template.spec'),
    ]);
  });

  it('refuses binary, huge and alias-bomb input with one clear message', () => {
    expect(importYaml('\u0000\u0001PNG', 'logo.png').messages[0]?.text).toContain(
      'not a text file',
    );
    expect(importYaml('x'.repeat(MAX_IMPORT_BYTES + 1), 'big.yaml').messages[0]?.text).toBe(
      'is 5,242,881 bytes; one import takes at most 5 MB. Nothing was imported.',
    );
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    expect(importYaml(bomb, 'bomb.yaml').messages[0]?.text).toContain('aliases');
  });

  it('keeps a __proto__ key as data and never touches Object.prototype', () => {
    const text = pool('proto').replace('spec:\n', 'spec:\n  __proto__: {polluted: true}\n');
    const imported = importYaml(text, 'p.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(imported.nodePools[0]?.manifest.spec ?? {})).toContain('__proto__');
  });

  it('refuses duplicate keys in one mapping', () => {
    const text = pool('dup').replace('spec:\n', 'spec:\n  weight: 1\n  weight: 2\n');
    const [message] = importYaml(text, 'd.yaml').messages;
    expect(message?.severity).toBe('error');
    expect(message?.text).toContain('YAML error');
  });

  it('converts a v1beta1 NodePool to v1 and describes what changed', () => {
    const old = `apiVersion: karpenter.sh/v1beta1
kind: NodePool
metadata:
  name: legacy
spec:
  disruption:
    consolidationPolicy: WhenUnderutilized
    expireAfter: 720h
  template:
    spec:
      nodeClassRef: {apiVersion: karpenter.k8s.aws/v1beta1, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
`;
    const imported = importYaml(old, 'legacy.yaml');
    expect(imported.conversions).toHaveLength(1);
    expect(imported.conversions[0]?.from).toContain('v1beta1');
    expect(imported.conversions[0]?.changes.length).toBeGreaterThan(0);
    const pool = imported.nodePools[0];
    expect(pool?.converted).toBe(true);
    expect(pool?.manifest.apiVersion).toBe('karpenter.sh/v1');
    expect(pool?.manifest.spec.template.spec.nodeClassRef.group).toBe('karpenter.k8s.aws');
    expect(pool?.manifest.spec.template.spec.expireAfter).toBe('720h');
    expect(pool?.manifest.spec.disruption?.consolidationPolicy).toBe('WhenEmptyOrUnderutilized');
  });

  it('skips a document nesting deeper than a saved design can hold, saying how deep', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const deep = pool('deep').replace('spec:\n', `spec:\n  extra: ${nested(200)}\n`);
    const imported = importYaml(`${pool('ok')}---\n${deep}`, 'deep.yaml');
    expect(imported.nodePools.map((p) => p.manifest.metadata.name)).toEqual(['ok']);
    expect(imported.messages).toEqual([
      {
        severity: 'error',
        source: 'deep.yaml',
        line: 11,
        text: 'This document nests 202 levels deep; manifests never nest beyond 59. It was skipped.',
      },
    ]);
    const fits = pool('fits').replace('spec:\n', `spec:\n  extra: ${nested(57)}\n`);
    expect(importYaml(fits, 'fits.yaml').nodePools).toHaveLength(1);
  });

  it('does not give the parser a text nesting deeper than it can follow', () => {
    for (const bomb of [
      `a: ${'['.repeat(100_000)}`,
      `${pool('ok')}---\nkey: ${'{a: '.repeat(5000)}`,
      `${'- '.repeat(3000)}x`,
    ]) {
      const [message] = importYaml(bomb, 'bomb.yaml').messages;
      expect(message?.text).toBe(
        'This text nests more than 400 levels deep; manifests never nest beyond 59. Nothing was imported from it.',
      );
    }
  });

  it('hints that a Helm template needs rendering when one does not parse', () => {
    const template = '{{- if .Values.enabled }}\napiVersion: karpenter.sh/v1\nkind: NodePool\n';
    const [message] = importYaml(template, 'chart.yaml').messages;
    expect(message?.text).toMatch(
      /^YAML error: .* This document was skipped\. It looks like a Helm template: render it first \(helm template …\)\.$/,
    );
    expect(importYaml('kind: [oops\n', 'plain.yaml').messages[0]?.text).not.toContain('Helm');
  });

  it('refuses a List holding more resources than one import takes', () => {
    const items = Array.from(
      { length: 5001 },
      (_, i) => `  - {kind: ConfigMap, apiVersion: v1, metadata: {name: c${i}}}`,
    );
    const imported = importYaml(`kind: List\nitems:\n${items.join('\n')}\n`, 'list.yaml');
    expect(imported.others).toEqual([]);
    expect(imported.messages.map((m) => m.text)).toEqual([
      'holds 5,001 resources (each item of a List counts as one); one import takes at most 5,000. Nothing was imported.',
    ]);
  });

  it('keeps a MIG-labelled pool whose requirements or taints are not mappings as written', () => {
    const labelled = pool('odd').replace(
      '  template:\n',
      '  template:\n    metadata: {labels: {nvidia.com/mig.config: all-1g.10gb}}\n',
    );
    for (const odd of [
      labelled.replace('requirements:\n', 'requirements:\n        - null\n'),
      labelled.replace('requirements:\n', 'taints: [~]\n      requirements:\n'),
      labelled.replace('requirements:\n', 'taints: {key: x}\n      requirements:\n'),
      labelled.replace('values: [amd64]', 'values: amd64'),
    ]) {
      const [read] = importYaml(odd, 'odd.yaml').nodePools;
      expect(read?.mig).toBeUndefined();
      expect(read?.manifest.spec.template.metadata?.labels).toEqual({
        'nvidia.com/mig.config': 'all-1g.10gb',
      });
    }
  });
});
