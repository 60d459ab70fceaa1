import { expect, test } from './support/fixtures';

const CLASS = `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: default
spec:
  role: KarpenterNodeRole-prod
  amiSelectorTerms:
    - alias: al2023@latest
  subnetSelectorTerms:
    - tags: {karpenter.sh/discovery: prod}
  securityGroupSelectorTerms:
    - tags: {karpenter.sh/discovery: prod}
`;

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
