import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { DEFAULT_NODE_CLASS } from './support/manifests';
import type { Designer } from './support/designer';

const NODE_CLASS = DEFAULT_NODE_CLASS;

/** A general on-demand pool and a GPU pool whose taint keeps other pods off its nodes. */
const POOLS = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: general
spec:
  limits: {cpu: "1000"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: karpenter.k8s.aws/instance-family, operator: In, values: [m7i]}
---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: gpu
spec:
  weight: 50
  limits: {cpu: "1000", nvidia.com/gpu: "16"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      taints:
        - {key: nvidia.com/gpu, effect: NoSchedule}
      requirements:
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: karpenter.k8s.aws/instance-family, operator: In, values: [g5]}
`;

/** The workload as the YAML panel would hold it once edited: a GPU request, maybe tolerated. */
const trainer = (name: string, tolerate: boolean) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 2
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: main
          image: trainer
          resources:
            requests: {cpu: "1", memory: 4Gi, nvidia.com/gpu: "1"}
            limits: {nvidia.com/gpu: "1"}
${tolerate ? '      tolerations:\n        - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}\n' : ''}`;

/** Replaces the whole YAML panel text, as a person pastes an edited design over it. */
async function replaceYaml(page: Page, designer: Designer, text: string): Promise<void> {
  await designer.yamlEditor();
  await page.keyboard.press('Control+a');
  await designer.paste(text);
  // Leaving the editor applies the text to the design.
  await page.getByTestId('palette-workload').focus();
}

const placementEdges = (page: Page) => page.locator('.react-flow__edge.edge--placement');

test('a workload lands on the general pool, moves to the GPU pool with a GPU and a toleration, and goes pending without the toleration', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await page.getByTestId('import-file').setInputFiles([
    { name: 'class.yaml', mimeType: 'application/yaml', buffer: Buffer.from(NODE_CLASS) },
    { name: 'pools.yaml', mimeType: 'application/yaml', buffer: Buffer.from(POOLS) },
  ]);
  await expect(designer.node('gpu', 'nodePool')).toBeVisible();
  // Pools alone: nothing to plan, no placement lines.
  await expect(placementEdges(page)).toHaveCount(0);

  await page.getByTestId('palette-workload').click();
  const card = page.locator('.react-flow__node-workload');
  // It joins a column left of the pools, so its edge runs one way.
  const pool = await designer.flowPosition('general');
  await expect(card).toHaveCount(1);
  const at = await card.evaluate((el) => (el as HTMLElement).style.transform);
  expect(Number(/translate\((-?[\d.]+)px/.exec(at)?.[1])).toBeLessThan(pool.x - 200);
  await expect(card).toHaveCount(1);
  const name = (await card.locator('.resource-card__name').textContent()) ?? '';
  const verdict = card.getByTestId('workload-verdict');
  await expect(verdict).toHaveAttribute('data-pool', 'general');
  await expect(placementEdges(page)).toHaveCount(1);
  await expect(page.getByTestId('placement-edge-label')).toHaveText(
    /^1 × m7i\.\S+ · on-demand · ~\$\d+\.\d\d\/h$/,
  );
  await page.screenshot({ path: '/tmp/shots-canvas/general.png' });

  // A GPU request and a toleration for the GPU pool’s taint: the plan moves it there, both pods
  // packed on one node with four GPUs, as Karpenter bin-packs a NodeClaim.
  const design = `${NODE_CLASS}---\n${POOLS}---\n`;
  await replaceYaml(page, designer, design + trainer(name, true));
  await expect(verdict).toHaveAttribute('data-pool', 'gpu');
  await expect(verdict).toHaveText('→ gpu');
  await expect(placementEdges(page)).toHaveCount(1);
  await expect(page.getByTestId('placement-edge-label')).toHaveText(
    /^1 × g5\.12xlarge · on-demand · ~\$\d+\.\d\d\/h$/,
  );
  // The edge is a result: it cannot be selected (and so never deleted).
  await expect(placementEdges(page)).not.toHaveClass(/selectable/);
  await page.screenshot({ path: '/tmp/shots-canvas/gpu.png' });

  // Without the toleration the GPU pool refuses it and no other pool has GPUs: pending, in red.
  await replaceYaml(page, designer, design + trainer(name, false));
  await expect(verdict).toHaveAttribute('data-pool', '');
  await expect(verdict).toHaveText('pending: 2 of 2 pods');
  await expect(card.locator('.resource-card__why')).toHaveText(
    'NodePool "gpu": The pool taints its nodes nvidia.com/gpu:NoSchedule; the pod does not tolerate it.',
  );
  await expect(card.locator('.resource-card')).toHaveClass(/is-pending/);
  await expect(placementEdges(page)).toHaveCount(0);
  const problem = page
    .getByTestId('problems')
    .getByTestId('problem')
    .filter({ hasText: `Workload "${name}"` });
  await expect(problem).toHaveAttribute('data-severity', 'warning');
  await expect(problem).toContainText('nvidia.com/gpu:NoSchedule');
  await page.screenshot({ path: '/tmp/shots-canvas/pending.png' });

  // The problem leads to the workload.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await problem.click();
  await expect(designer.nameField).toHaveValue(name);
});

/** A pool capped at 8 cpu, its overflow pool, and workloads of every sort. */
const BUSY = `${NODE_CLASS}---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: capped
spec:
  weight: 50
  limits: {cpu: "8"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: karpenter.k8s.aws/instance-family, operator: In, values: [m7i]}
---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: overflow
spec:
  limits: {cpu: "1000"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [spot]}
        - {key: karpenter.k8s.aws/instance-family, operator: In, values: [c7i]}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  selector:
    matchLabels: {app: node-exporter}
  template:
    metadata:
      labels: {app: node-exporter}
    spec:
      containers:
        - name: main
          image: exporter
          resources:
            requests: {cpu: 100m, memory: 128Mi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 6
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: main
          image: web
          resources:
            requests: {cpu: "2", memory: 2Gi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: arm-only
spec:
  replicas: 1
  selector:
    matchLabels: {app: arm-only}
  template:
    metadata:
      labels: {app: arm-only}
    spec:
      nodeSelector: {kubernetes.io/arch: arm64}
      containers:
        - name: main
          image: arm
          resources:
            requests: {cpu: 500m}
`;

test('a busy design: a workload split over two pools, DaemonSet overhead on the pools, one pending, in light and dark', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await page
    .getByTestId('import-file')
    .setInputFiles([
      { name: 'busy.yaml', mimeType: 'application/yaml', buffer: Buffer.from(BUSY) },
    ]);
  const web = page.locator('.react-flow__node-workload').filter({ hasText: 'web' });
  await expect(web.getByTestId('workload-verdict')).toHaveAttribute('data-pool', /capped|overflow/);
  // The capped pool takes what its limit allows, the rest overflows: a line to each.
  await expect(page.locator('.react-flow__edge.edge--placement')).toHaveCount(2);
  await expect(page.getByTestId('placement-edge-label').filter({ hasText: 'spot' })).toHaveText(
    / · spot · ≤ \$\d+\.\d\d\/h$/,
  );
  // The DaemonSet has no line of its own; each pool shows what it takes from every node.
  await expect(designer.node('capped').getByTestId('pool-daemonsets')).toHaveText(
    'DaemonSets: 1 · cpu 100m, memory 128Mi',
  );
  await expect(
    page
      .locator('.react-flow__node-workload')
      .filter({ hasText: 'node-exporter' })
      .getByTestId('workload-verdict'),
  ).toHaveText('DaemonSet: runs on 2 pools');
  const arm = page.locator('.react-flow__node-workload').filter({ hasText: 'arm-only' });
  await expect(arm.getByTestId('workload-verdict')).toHaveAttribute('data-pool', '');
  await expect(arm.getByTestId('workload-verdict')).toContainText('pending:');
  await page.getByTestId('theme').selectOption('light');
  await page.screenshot({ path: '/tmp/shots-canvas/busy-light.png' });
  await page.getByTestId('theme').selectOption('dark');
  await page.screenshot({ path: '/tmp/shots-canvas/busy-dark.png' });
});
