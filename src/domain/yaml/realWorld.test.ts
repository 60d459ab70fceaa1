import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validateYamlDocuments } from '../../../test/support/crdOracle';
import { addImported } from './import/importResources';
import { updateNodePool } from '../design/operations';
import { nodePools } from '../design/resources';
import { EMPTY_DESIGN, type Design, type Resource } from '../design/types';
import type { NodePool } from '../karpenter/model/types';
import { sequentialIds } from '../../../test/fixtures/fixtures';
import { exportDesign } from './export/exportDesign';
import { importYaml } from './import/importYaml';
import {
  CANONICAL_FILES,
  CLUSTER_METADATA_FIELDS,
  HAND_WRITTEN_FILES,
  kubectlListManifests,
  type CorpusFile,
} from '../../../test/yaml/realWorld';
import { commentedManifests } from '../../../test/yaml/realWorld/commented';
import {
  configMap,
  deployment,
  inferenceNodeClass,
  inferenceNodePool,
} from '../../../test/yaml/realWorld/mixedKinds';
import { block, documents } from '../../../test/yaml/realWorld/yamlText';

const KUBECTL_LIST: CorpusFile = { name: 'kubectl-get.yaml', text: kubectlListManifests() };
const EVERY_FILE = [...CANONICAL_FILES, ...HAND_WRITTEN_FILES, KUBECTL_LIST];

function imported({ text, name }: CorpusFile) {
  const read = importYaml(text, name);
  return { ...addImported(EMPTY_DESIGN, read, sequentialIds()), messages: read.messages };
}

/** The same design as if it had been drawn in the designer: no document keeps its text. */
function withoutSources(design: Design): Design {
  const resources: Record<string, Resource> = {};
  for (const r of Object.values(design.resources)) {
    if (r.kind === 'MigProfile') resources[r.id] = r;
    else {
      const { source: _text, ...drawn } = r;
      resources[r.id] = drawn;
    }
  }
  return { ...design, resources };
}

/** The lines that differ between two texts of the same length, as [before, after]. */
function changedLines(before: string, after: string): [string, string][] {
  const was = before.split('\n');
  const is = after.split('\n');
  expect(is).toHaveLength(was.length);
  return was.flatMap((line, i): [string, string][] =>
    line === is[i] ? [] : [[line, is[i] ?? '']],
  );
}

function objects(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => doc.toJS() as unknown);
}

function withoutClusterMetadata(item: Record<string, unknown>): Record<string, unknown> {
  const { status: _status, ...rest } = item;
  const metadata = { ...(rest.metadata as Record<string, unknown>) };
  for (const field of CLUSTER_METADATA_FIELDS) delete metadata[field];
  return { ...rest, metadata };
}

describe('real-world manifests in canonical form', () => {
  it.each(CANONICAL_FILES)('$name is exactly what the designer writes for it', (file) => {
    const { design, messages } = imported(file);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
    expect(exportDesign(withoutSources(design)).text).toBe(file.text);
  });

  it.each(CANONICAL_FILES)('$name round-trips byte for byte', (file) => {
    expect(exportDesign(imported(file).design).text).toBe(file.text);
  });

  it('recognises the MIG-sliced GPU pool and gives its label and taint back as written', () => {
    const { design } = imported({ name: 'gpu.yaml', text: CANONICAL_FILES[0]?.text ?? '' });
    const profiles = Object.values(design.resources).filter((r) => r.kind === 'MigProfile');
    expect(profiles.map((p) => p.kind === 'MigProfile' && p.config)).toEqual(['all-1g.10gb']);
  });
});

describe('hand-written manifests', () => {
  it.each(HAND_WRITTEN_FILES)(
    '$name round-trips byte for byte: comments, key order, quoting and flow style kept',
    (file) => {
      const { design, messages } = imported(file);
      expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
      expect(exportDesign(design).text).toBe(file.text);
    },
  );

  it('come back object-equal, Karpenter kinds first, each document as written, in any order', () => {
    const parts = [configMap(), deployment(), inferenceNodePool(), inferenceNodeClass()];
    const text = exportDesign(
      imported({ name: 'mixed.yaml', text: documents(...parts) }).design,
    ).text;
    expect(objects(text).map((o) => (o as { kind: string }).kind)).toEqual([
      'EC2NodeClass',
      'NodePool',
      'ConfigMap',
      'Deployment',
    ]);
    for (const part of parts) expect(text).toContain(block(part));
  });
});

describe('a List from kubectl get -o yaml', () => {
  const list = parseAllDocuments(KUBECTL_LIST.text)[0]?.toJS() as { items: unknown[] };

  it('exports its items without status, uid, resourceVersion, creationTimestamp, managedFields or generation', () => {
    const exported = objects(exportDesign(imported(KUBECTL_LIST).design).text);
    const expected = list.items.map((item) =>
      withoutClusterMetadata(item as Record<string, unknown>),
    );
    // Export order is classes, then pools; kubectl printed them in the same order here.
    expect(exported).toEqual(expected);
  });

  it('says for each item which cluster-managed fields it dropped', () => {
    const notes = imported(KUBECTL_LIST).messages.map((m) => m.text);
    expect(notes).toEqual([
      'EC2NodeClass "default": dropped cluster-managed status, metadata.creationTimestamp, metadata.generation, metadata.managedFields, metadata.resourceVersion, metadata.uid.',
      'NodePool "default": dropped cluster-managed status, metadata.creationTimestamp, metadata.generation, metadata.managedFields, metadata.resourceVersion, metadata.uid.',
    ]);
  });
});

describe('every Karpenter document exported from the corpus', () => {
  it.each(EVERY_FILE)('passes the CRDs for $name', (file) => {
    const { design } = imported(file);
    const { text, ranges } = exportDesign(design);
    const lines = text.split('\n');
    const karpenter = Object.values(design.resources).filter(
      (r) => r.kind === 'NodePool' || r.kind === 'EC2NodeClass',
    );
    expect(karpenter.length).toBeGreaterThan(0);
    for (const resource of karpenter) {
      const range = ranges[resource.id];
      const document = lines.slice((range?.startLine ?? 1) - 1, range?.endLine).join('\n');
      expect(validateYamlDocuments(document)).toEqual([{ valid: true, errors: [] }]);
    }
  });
});

/** The pool with its first listed requirement's last value replaced by `value`. */
function withLastValue(pool: NodePool, value: string): NodePool {
  const requirements = pool.spec.template.spec.requirements;
  const at = requirements.findIndex((r) => (r.values?.length ?? 0) > 0);
  const edited = requirements.map((r, i) =>
    i === at ? { ...r, values: [...(r.values ?? []).slice(0, -1), value] } : r,
  );
  return {
    ...pool,
    spec: {
      ...pool.spec,
      template: {
        ...pool.spec.template,
        spec: { ...pool.spec.template.spec, requirements: edited },
      },
    },
  };
}

describe('editing one field of an imported NodePool', () => {
  it.each(EVERY_FILE)('changes only the line of that value in the export of $name', (file) => {
    const { design } = imported(file);
    const before = exportDesign(design).text;
    for (const pool of nodePools(design)) {
      const edited = updateNodePool(design, pool.id, (m) => withLastValue(m, 'edited-value'));
      const changed = changedLines(before, exportDesign(edited).text);
      expect(changed).toHaveLength(1);
      expect(changed[0]?.[1]).toContain('edited-value');
    }
  });

  it('keeps every comment when the weight changes', () => {
    const file = { name: 'commented.yaml', text: commentedManifests() };
    const { design } = imported(file);
    const pool = nodePools(design)[0];
    const edited = updateNodePool(design, pool?.id ?? '', (m) => ({
      ...m,
      spec: { ...m.spec, weight: 20 },
    }));
    const text = exportDesign(edited).text;
    expect(changedLines(file.text, text)).toEqual([['  weight: 10', '  weight: 20']]);
  });

  it('keeps the comment beside a value it changes', () => {
    const file = { name: 'commented.yaml', text: commentedManifests() };
    const { design } = imported(file);
    const pool = nodePools(design)[0];
    const edited = updateNodePool(design, pool?.id ?? '', (m) => ({
      ...m,
      spec: {
        ...m.spec,
        template: {
          ...m.spec.template,
          spec: { ...m.spec.template.spec, expireAfter: '336h' },
        },
      },
    }));
    expect(changedLines(file.text, exportDesign(edited).text)).toEqual([
      ['      expireAfter: 720h # 30 days', '      expireAfter: 336h # 30 days'],
    ]);
  });
});
