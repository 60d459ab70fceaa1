import { expect, test } from './support/fixtures';
import { DEFAULT_NODE_CLASS } from './support/manifests';

const DESIGN = `${DEFAULT_NODE_CLASS}---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: general
spec:
  disruption:
    consolidationPolicy: WhenEmpty
    consolidateAfter: 0s
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
        - {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}
        - {key: node.kubernetes.io/instance-type, operator: In, values: [m5.large]}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 6
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginx
          resources: {requests: {cpu: 500m, memory: 256Mi}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: trainer
spec:
  replicas: 1
  selector: {matchLabels: {app: trainer}}
  template:
    metadata: {labels: {app: trainer}}
    spec:
      containers:
        - name: trainer
          image: pytorch
          resources: {limits: {nvidia.com/gpu: 1}}
`;

test('the Plan tab adds up nodes and cost, lists what is pending, and a scale-down previews a node going', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await page.getByTestId('tab-plan').click();
  const summary = page.getByTestId('plan-summary');
  await expect(summary).toContainText('No workloads yet');

  await page
    .getByTestId('import-file')
    .setInputFiles([
      { name: 'design.yaml', mimeType: 'application/yaml', buffer: Buffer.from(DESIGN) },
    ]);

  // Three 500m pods fill an m5.large ($0.096/h on demand): six need two.
  await expect(page.getByTestId('plan-total')).toHaveText('2 nodes · $0.192/h · $140.16/month');
  const general = summary.locator('[data-testid="plan-pool"][data-pool="general"]');
  await expect(general).toContainText('2 × m5.large');
  await expect(general).toContainText('$0.192');
  await expect(general).toContainText('$140.16/month');

  // The GPU job has no pool: pending, and a click selects it.
  const pending = summary.getByTestId('plan-pending');
  await expect(pending).toHaveCount(1);
  await expect(pending).toHaveAttribute('data-workload', 'trainer');
  await pending.click();
  await expect(page.getByTestId('inspector')).toContainText('trainer');

  // Scaling web to half (the default) empties one node, which WhenEmpty lets go.
  await designer.select('web');
  const consolidation = page.getByTestId('consolidation');
  await expect(consolidation.getByLabel('Scale to', { exact: true }).first()).toHaveValue('3');
  await expect(consolidation.getByTestId('consolidation-headline')).toHaveText(
    'Scaling web from 6 to 3: 1 node goes, saving $0.096/h.',
  );
  await expect(
    consolidation.locator('[data-testid="consolidation-node"][data-fate="goes"]'),
  ).toHaveCount(1);
  await expect(page.getByTestId('plan-total')).toHaveText('2 nodes · $0.192/h · $140.16/month');

  // Apply scales the workload (one undo step): the plan follows.
  await consolidation.getByTestId('consolidation-apply').click();
  await expect(page.getByTestId('plan-total')).toHaveText('1 node · $0.096/h · $70.08/month');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('plan-total')).toHaveText('2 nodes · $0.192/h · $140.16/month');
});
