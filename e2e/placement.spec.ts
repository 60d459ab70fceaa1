import { expect, test } from './support/fixtures';
import { DEFAULT_NODE_CLASS } from './support/manifests';

const CLASS = DEFAULT_NODE_CLASS;

function pool(name: string, weight: number, arch: string, taints = ''): string {
  return `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: ${name}
spec:
  weight: ${weight}
  limits: {cpu: "64"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [${arch}]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
${taints}`;
}

const GPU_TAINT = `      taints:
        - {key: nvidia.com/gpu, effect: NoSchedule}
`;

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      nodeSelector: {kubernetes.io/arch: amd64}
      containers:
        - name: web
          image: nginx
          resources:
            requests: {cpu: "1", memory: 1Gi}
            limits: {cpu: "2", memory: 1Gi}
`;

const DESIGN = [
  CLASS,
  pool('gpu', 50, 'amd64', GPU_TAINT),
  pool('graviton', 20, 'arm64'),
  pool('general', 10, 'amd64'),
  WEB,
].join('---\n');

test('why not: each pool’s verdict for a workload, a refused reason opens the pool’s field, and the pool lists what it takes', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await page
    .getByTestId('import-file')
    .setInputFiles([
      { name: 'design.yaml', mimeType: 'application/yaml', buffer: Buffer.from(DESIGN) },
    ]);
  // The import selects what it added; the plan puts web on general once the catalog is in.
  await expect(page.getByTestId('inspector')).toContainText('5 resources selected');
  await expect(designer.node('web').getByTestId('workload-verdict')).toHaveAttribute(
    'data-pool',
    'general',
  );
  /** A pool's name in web's placement rows selects the pool. */
  const showPool = async (name: string) => {
    await page
      .getByTestId('placement-row')
      .and(page.locator(`[data-pool="${name}"]`))
      .getByRole('button', { name, exact: true })
      .click({ timeout: 2000 });
    await expect(designer.nameField).toHaveValue(name);
  };
  await designer.viewSettled();
  await designer.pane.click({ position: { x: 620, y: 40 } });
  await designer.select('web');

  const placement = page.getByTestId('inspector').getByTestId('placement');
  const rows = placement.getByTestId('placement-row');
  // Karpenter's order: weight descending.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toHaveAttribute('data-pool', 'gpu');
  await expect(rows.nth(1)).toHaveAttribute('data-pool', 'graviton');
  await expect(rows.nth(2)).toHaveAttribute('data-pool', 'general');
  await expect(rows.nth(0)).toHaveAttribute('data-verdict', 'refused');
  await expect(rows.nth(1)).toHaveAttribute('data-verdict', 'refused');
  await expect(rows.nth(2)).toHaveAttribute('data-verdict', 'chosen');
  await expect(rows.nth(0)).toContainText('nvidia.com/gpu:NoSchedule');
  await expect(rows.nth(0)).toContainText('Add a toleration for nvidia.com/gpu:NoSchedule');
  await expect(rows.nth(1)).toContainText('the pool allows arm64 only; the pod selects amd64');
  await expect(rows.nth(2)).toContainText(/Takes 3 pods on/);

  // The refused reason selects the pool and opens its taints, in the inspector and the YAML.
  await rows
    .nth(0)
    .getByRole('button', { name: /taints its nodes/ })
    .click();
  await expect(designer.nameField).toHaveValue('gpu');
  const taints = page
    .getByTestId('inspector')
    .locator('details[data-path="spec.template.spec.taints"]');
  await expect(taints).toHaveClass(/insp-section--revealed/);
  await expect(taints).toBeInViewport();
  await expect(page.getByTestId('yaml-panel').locator('.view-lines')).toContainText(
    'key: nvidia.com/gpu',
  );

  // The reverse: the chosen pool lists the workload, its nodes and how full its limits are.
  // Revealing gpu centred it on the canvas: bring every node back into view.
  await page.locator('.react-flow__controls-fitview').click();
  // The canvas and the YAML panel settle on gpu first: retry until web stays selected.
  await expect(async () => {
    await designer.select('web');
    await showPool('general');
  }).toPass();
  const poolPlan = page.getByTestId('inspector').getByTestId('pool-plan');
  await expect(poolPlan.getByTestId('pool-plan-workload')).toHaveText(/web\s*3 pods/);
  await expect(poolPlan.getByTestId('pool-plan-node').first()).toContainText('requests');
  await expect(poolPlan.getByTestId('pool-plan-limits')).toContainText('cpu');
  await page.screenshot({ path: '/tmp/shots-placement/pool-light.png' });

  // Clicking the workload there selects it again.
  await poolPlan.getByRole('button', { name: 'web' }).click();
  await expect(designer.nameField).toHaveValue('web');
  await page.screenshot({ path: '/tmp/shots-placement/placement-light.png' });
  await page.getByTestId('theme').selectOption('dark');
  await page.screenshot({ path: '/tmp/shots-placement/placement-dark.png' });
  await showPool('general');
  await page.screenshot({ path: '/tmp/shots-placement/pool-dark.png' });
  await poolPlan.getByRole('button', { name: 'web' }).click();
  await showPool('graviton');
  await page.screenshot({ path: '/tmp/shots-placement/pool-empty-dark.png' });
});

const API = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 20
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: api
          resources:
            requests: {cpu: "3", memory: 4Gi}
`;

const AGENT = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: agent
          resources:
            requests: {cpu: 200m, memory: 256Mi}
`;

const XLARGE = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: general
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: node.kubernetes.io/instance-type, operator: In, values: [m7i.xlarge]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
`;

test('a busy pool shows nodes alike once, and a DaemonSet lists the pools it runs on', async ({
  page,
  designer,
}) => {
  test.slow();
  await designer.openEmpty();
  await page.getByTestId('import-file').setInputFiles([
    {
      name: 'busy.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(
        [CLASS, XLARGE, pool('gpu', 50, 'amd64', GPU_TAINT), API, AGENT].join('---\n'),
      ),
    },
  ]);
  await expect(page.getByTestId('inspector')).toContainText('5 resources selected');
  await expect(designer.node('api').getByTestId('workload-verdict')).toHaveAttribute(
    'data-pool',
    'general',
  );
  await designer.viewSettled();
  await designer.pane.click({ position: { x: 620, y: 40 } });
  await designer.select('agent');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('placement-daemonset')).toHaveText(
    'Runs on the nodes of "general".',
  );
  await expect(inspector.getByTestId('placement-row')).toHaveCount(0);

  await designer.select('api');
  await page
    .getByTestId('placement-row')
    .and(page.locator('[data-pool="general"]'))
    .getByRole('button', { name: 'general', exact: true })
    .click();
  await expect(designer.nameField).toHaveValue('general');
  const poolPlan = inspector.getByTestId('pool-plan');
  // Twenty nodes alike show once.
  await expect(poolPlan.getByTestId('pool-plan-node')).toHaveCount(1);
  await expect(poolPlan.getByTestId('pool-plan-node')).toHaveAttribute('data-count', '20');
  await expect(poolPlan.getByTestId('pool-plan-node')).toContainText('20 × m7i.xlarge');
  await expect(poolPlan).toContainText('DaemonSets on every node: agent');
  await page.screenshot({ path: '/tmp/shots-placement/busy-light.png' });
});
