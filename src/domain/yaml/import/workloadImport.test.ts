import { describe, expect, it } from 'vitest';
import { restoreDesign } from '../../design/restore';
import { exportDesign, exportedText } from '../export/exportDesign';
import { applyYamlText } from './applyYamlText';
import { addImported } from './importResources';
import { importYaml } from './importYaml';
import { readYamlText } from './readYamlText';
import { sequentialIds } from '../../../../test/fixtures/fixtures';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests: {cpu: 500m, memory: 256Mi}
`;

function imported(text: string) {
  const read = importYaml(text, 'w.yaml');
  return { read, ...addImported({ resources: {} }, read, sequentialIds()) };
}

describe('importing workloads', () => {
  it('makes a workload node of a Deployment, kept as written', () => {
    const { design, read } = imported(DEPLOYMENT);
    expect(read.messages).toEqual([]);
    const workloads = Object.values(design.resources).filter((r) => r.kind === 'Workload');
    expect(workloads).toHaveLength(1);
    expect(exportDesign(design).text).toBe(DEPLOYMENT);
  });

  it('keeps a workload of an older apiVersion as another document, saying why', () => {
    const { read } = imported(DEPLOYMENT.replace('apps/v1', 'extensions/v1beta1'));
    expect(read.workloads).toEqual([]);
    expect(read.others.map((o) => o.kind)).toEqual(['Deployment']);
    expect(read.messages[0]?.text).toContain('is extensions/v1beta1, not apps/v1');
  });

  it('plans a controller, not the ReplicaSets and pods it owns, from a kubectl List', () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, uid: "1", resourceVersion: "7"}
    spec:
      template:
        spec:
          containers: [{name: web, image: nginx}]
  - apiVersion: apps/v1
    kind: ReplicaSet
    metadata:
      name: web-5d8f
      ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, uid: "1", controller: true}]
    spec:
      template:
        spec:
          containers: [{name: web, image: nginx}]
  - apiVersion: v1
    kind: Pod
    metadata:
      name: web-5d8f-abcde
      ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f, uid: "2", controller: true}]
    spec:
      containers: [{name: web, image: nginx}]
`;
    const { read } = imported(list);
    expect(read.workloads.map((w) => `${w.manifest.kind}/${w.manifest.metadata.name}`)).toEqual([
      'Deployment/web',
    ]);
    expect(read.others.map((o) => o.name)).toEqual(['web-5d8f', 'web-5d8f-abcde']);
    expect(read.messages.map((m) => m.text)).toContain(
      'ReplicaSet "web-5d8f" belongs to Deployment "web": kept and exported untouched; its owner is what gets planned.',
    );
    // The cluster's bookkeeping is dropped, as for the Karpenter kinds.
    expect(read.workloads[0]?.manifest.metadata).toEqual({ name: 'web' });
  });

  it('keeps a workload without containers as another document', () => {
    const { read } = imported(
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {template: {spec: {}}}\n',
    );
    expect(read.workloads).toEqual([]);
    expect(read.messages[0]?.text).toBe(
      'Job "j" has no pod template with containers: kept and exported untouched, not planned.',
    );
  });
});

describe('hostile workloads', () => {
  it('keeps a pod template the designer cannot read as another document, naming the path', () => {
    const docs = [
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {template: {spec: {containers: [1]}}}',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}\nspec: {template: {spec: {containers: [{resources: {requests: {memory: [1]}}}]}}}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: c}\nspec: {containers: [{}], affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: k}]}]}}}}',
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d}\nspec: {template: {spec: {containers: [{}], tolerations: [null]}}}',
    ].join('\n---\n');
    const { read, design } = imported(docs);
    expect(read.workloads).toEqual([]);
    expect(read.others.map((o) => o.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(read.messages.map((m) => m.text)).toEqual([
      'Deployment "a" has a pod template the designer cannot read: spec.template.spec.containers[0] is not a mapping: kept and exported untouched, not planned.',
      'Deployment "b" has a pod template the designer cannot read: spec.template.spec.containers[0].resources.requests.memory is not a quantity: kept and exported untouched, not planned.',
      'Pod "c" has a pod template the designer cannot read: spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator is not a string: kept and exported untouched, not planned.',
      'DaemonSet "d" has a pod template the designer cannot read: spec.template.spec.tolerations[0] is not a mapping: kept and exported untouched, not planned.',
    ]);
    expect(Object.keys(design.resources)).toEqual([]);
  });
});

describe('workloads in the export', () => {
  it('are the last section, left out of Download unless included', () => {
    const pool = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
`;
    const { design } = imported(`${DEPLOYMENT}---\n${pool}`);
    const exported = exportDesign(design);
    expect(exported.text).toBe(`${pool}---\n${DEPLOYMENT}`);
    expect(exportedText(exported, false)).toBe(pool);
    expect(exportedText(exported, true)).toBe(exported.text);
  });
});

describe('workloads typed in the YAML panel', () => {
  it('edit the same node, by kind and name, and a rename keeps it', () => {
    const { design } = imported(DEPLOYMENT);
    const [id] = Object.keys(design.resources);
    const scaled = applyYamlText(
      design,
      readYamlText(DEPLOYMENT.replace('replicas: 3', 'replicas: 5')),
    );
    expect(Object.keys(scaled.resources)).toEqual([id]);
    const renamed = applyYamlText(
      scaled,
      readYamlText(DEPLOYMENT.replace('name: web\n', 'name: api\n')),
    );
    expect(Object.keys(renamed.resources)).toEqual([id]);
    const workload = id ? renamed.resources[id] : undefined;
    expect(workload?.kind === 'Workload' && workload.manifest.metadata.name).toBe('api');
  });
});

describe('a saved design with workloads', () => {
  it('reads its workloads back, and drops a damaged one saying so', () => {
    const { design } = imported(DEPLOYMENT);
    const saved = JSON.parse(JSON.stringify(design)) as { resources: Record<string, unknown> };
    saved.resources['wl-bad'] = { kind: 'Workload', manifest: { kind: 'Deployment' } };
    const restored = restoreDesign(saved);
    expect(restored.ok && Object.keys(restored.design.resources)).toHaveLength(1);
    expect(restored.ok && restored.dropped).toEqual(['wl-bad: workload manifest is incomplete']);
  });
});
