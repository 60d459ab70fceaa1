import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../test/fixtures/fixtures';
import type { CorpusFile } from '../../../test/yaml/realWorld';
import { KUBECTL_WORKLOAD_LIST, WORKLOAD_FILES } from '../../../test/yaml/realWorld/workloads';
import { updateWorkload } from '../design/operations';
import { workloadResources } from '../design/resources';
import { EMPTY_DESIGN } from '../design/types';
import { replicasOfManifest, withReplicas } from '../kube/workloadManifest';
import { exportDesign } from './export/exportDesign';
import { addImported } from './import/importResources';
import { importYaml } from './import/importYaml';

/**
 * What the designer writes for a file: the same text, less a \`---\` before the first document
 * (\`helm template\` opens with one); the designer writes \`---\` only between documents.
 */
function written(file: CorpusFile): string {
  return file.text.replace(/^---\n/, '');
}

function imported({ text, name }: CorpusFile) {
  const read = importYaml(text, name);
  return { ...addImported(EMPTY_DESIGN, read, sequentialIds()), messages: read.messages };
}

describe('real workload manifests', () => {
  it.each(WORKLOAD_FILES)('$name imports as workloads, not other documents', (file) => {
    const { design, messages } = imported(file);
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(workloadResources(design).length).toBeGreaterThan(0);
    expect(design.others ?? []).toEqual([]);
  });

  it.each(WORKLOAD_FILES)('$name exports back byte for byte, comments and all', (file) => {
    expect(exportDesign(imported(file).design).text).toBe(written(file));
  });

  it.each(WORKLOAD_FILES.filter((f) => /^(deployment|job|statefulset|helm)/.test(f.name)))(
    '$name: a replica change rewrites only the count',
    (file) => {
      const { design } = imported(file);
      const [first] = workloadResources(design);
      if (!first) throw new Error('no workload');
      const next = replicasOfManifest(first.manifest) + 5;
      const edited = updateWorkload(design, first.id, (m) => withReplicas(m, next));
      const before = written(file).split('\n');
      const after = exportDesign(edited).text.split('\n');
      const changed = after.filter((line, i) => line !== before[i]);
      expect(after).toHaveLength(before.length);
      expect(changed).toHaveLength(1);
      expect(changed[0]).toMatch(new RegExp(`(replicas|parallelism): ${next}\\b`));
    },
  );

  it('a CronJob without parallelism gets that one line, where its Job spec starts', () => {
    const file = WORKLOAD_FILES.find((f) => f.name === 'cronjob.yaml');
    if (!file) throw new Error('no cronjob.yaml');
    const { design } = imported(file);
    const [cron] = workloadResources(design);
    if (!cron) throw new Error('no workload');
    const edited = exportDesign(updateWorkload(design, cron.id, (m) => withReplicas(m, 3))).text;
    const after = edited.split('\n');
    const added = after.findIndex((line) => line.trim() === 'parallelism: 3');
    expect(added).toBeGreaterThan(0);
    expect([...after.slice(0, added), ...after.slice(added + 1)].join('\n')).toBe(file.text);
  });

  it('a kubectl List keeps the Deployment as the workload, and what it owns as other documents', () => {
    const { design } = imported({ name: 'kubectl-get.yaml', text: KUBECTL_WORKLOAD_LIST });
    expect(workloadResources(design).map((w) => w.manifest.metadata.name)).toEqual(['checkout']);
    expect((design.others ?? []).map((o) => o.text)).toEqual([
      expect.stringContaining('kind: ReplicaSet'),
      expect.stringContaining('kind: Pod'),
    ]);
    const text = exportDesign(design).text;
    expect(text).toMatch(/kind: Deployment[\s\S]*name: checkout/);
    expect(text).toContain('name: checkout-7d9c6b5f4-x2k8p');
  });
});
