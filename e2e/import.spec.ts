import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';
import { Designer } from './support/designer';

const nodeClass = (name: string) => `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: ${name}
spec:
  role: KarpenterNodeRole-prod
  amiSelectorTerms:
    - alias: bottlerocket@latest
  subnetSelectorTerms:
    - tags: {karpenter.sh/discovery: prod}
  securityGroupSelectorTerms:
    - tags: {karpenter.sh/discovery: prod}
`;

const nodePool = (name: string, className: string, weight: number) => `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: ${name}
spec:
  weight: ${weight}
  limits: {cpu: "100"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: ${className}}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [arm64]}
`;

test('import two files, see an error everywhere, fix it in the inspector, undo the import', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await page.getByTestId('import-file').setInputFiles([
    { name: 'classes.yaml', mimeType: 'application/yaml', buffer: Buffer.from(nodeClass('prod')) },
    {
      name: 'pools.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(`${nodePool('arm', 'prod', 10)}---\n${nodePool('heavy', 'prod', 500)}`),
    },
  ]);
  await expect(designer.node('prod', 'ec2NodeClass')).toBeVisible();
  await expect(designer.node('arm', 'nodePool')).toBeVisible();
  await expect(designer.node('heavy', 'nodePool')).toBeVisible();
  await expect(designer.edges('nodeClassRef')).toHaveCount(2);

  // weight 500 is out of range: on the node, in the list, in the editor
  const problem = page.getByTestId('problem').filter({ hasText: 'heavy' });
  await expect(problem).toHaveAttribute('data-severity', 'error');
  await expect(designer.node('heavy').getByTestId('node-problem-badge')).toBeVisible();
  await problem.click();
  await expect(page.getByTestId('yaml-panel').locator('.view-lines')).toContainText('weight: 500');
  await expect(page.getByTestId('yaml-panel').locator('.squiggly-error').first()).toBeVisible();

  // fixed in the inspector, it disappears everywhere
  await page.getByTestId('inspector').getByLabel('Weight', { exact: true }).fill('50');
  await expect(page.getByTestId('problem').filter({ hasText: 'heavy' })).toHaveCount(0);
  await expect(designer.node('heavy').getByTestId('node-problem-badge')).toHaveCount(0);
  await expect(page.getByTestId('yaml-panel').locator('.squiggly-error')).toHaveCount(0);

  // the import itself is one undo step (after the weight edit)
  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(designer.allNodes).toHaveCount(0);
});

test('bad files get one clear message each and the canvas keeps its design', async ({
  page,
  designer,
}) => {
  await designer.open();
  await page.getByTestId('import-file').setInputFiles([
    { name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('kind: [oops\n') },
    {
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    },
  ]);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Nothing was imported');
  await expect(notice).toContainText('broken.yaml:');
  await expect(notice).toContainText('logo.png: is not a text file');
  await expect(designer.allNodes).toHaveCount(EXAMPLE.nodes);
});

test('documents of other kinds are kept, listed and exported untouched', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  const deployment = '# web tier\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
  await page.getByTestId('import-file').setInputFiles([
    {
      name: 'cluster.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(`${nodeClass('prod')}---\n${deployment}`),
    },
  ]);
  await page.getByTestId('tab-other-documents').click();
  await expect(page.getByTestId('other-document')).toContainText('Deployment');
  await expect(page.getByTestId('other-document')).toContainText('web');
  const { text } = await designer.downloadYaml();
  expect(text.endsWith(`---\n${deployment}`)).toBe(true);
});

test('older Karpenter APIs are converted after the user reviews the diff', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  const legacy = `apiVersion: karpenter.sh/v1beta1
kind: NodePool
metadata:
  name: legacy
spec:
  disruption:
    consolidationPolicy: WhenUnderutilized
    expireAfter: 720h
  template:
    spec:
      nodeClassRef: {apiVersion: karpenter.k8s.aws/v1beta1, kind: EC2NodeClass, name: prod}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [amd64]}
`;
  await page
    .getByTestId('import-file')
    .setInputFiles([
      { name: 'legacy.yaml', mimeType: 'application/yaml', buffer: Buffer.from(legacy) },
    ]);
  const review = page.getByTestId('conversion-review');
  await expect(review).toBeVisible();
  await expect(review).toContainText('legacy');
  await expect(review.locator('.diff-added').first()).toBeVisible();
  await review.getByRole('button', { name: 'Convert and import' }).click();
  await expect(designer.node('legacy', 'nodePool')).toBeVisible();
  await designer.select('legacy');
  await expect(page.getByTestId('yaml-panel').locator('.view-lines')).toContainText(
    'apiVersion: karpenter.sh/v1',
  );
});

/**
 * `count` NodePools, one line each (in flow style, so thousands stay small enough to hand to
 * the file input quickly), generated here rather than kept as fixtures.
 */
const pools = (count: number, prefix: string) =>
  Array.from(
    { length: count },
    (_, i) =>
      `{apiVersion: karpenter.sh/v1, kind: NodePool, metadata: {name: ${prefix}-${i}}, spec: {template: {spec: {nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: prod}, requirements: []}}}}\n`,
  );

const yamlFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/yaml',
  buffer: Buffer.from(text),
});

test('a List of 6,000 NodePools is refused by its count, and the canvas keeps its design', async ({
  page,
  designer,
}) => {
  await designer.open();
  const items = pools(6000, 'listed')
    .map((pool) => `  - ${pool}`)
    .join('');
  await page
    .getByTestId('import-file')
    .setInputFiles([yamlFile('list.yaml', `apiVersion: v1\nkind: List\nitems:\n${items}`)]);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText(
    'list.yaml holds 6,000 resources (each item of a List counts as one); one import takes at most 5,000. Nothing was imported.',
  );
  await expect(designer.allNodes).toHaveCount(EXAMPLE.nodes);
});

test('three files of 2,000 pools picked at once are refused as one import', async ({
  page,
  designer,
}) => {
  await designer.open();
  const file = pools(2000, 'p').join('---\n');
  await page
    .getByTestId('import-file')
    .setInputFiles(['a', 'b', 'c'].map((name) => yamlFile(`${name}.yaml`, file)));
  await expect(page.getByTestId('notice')).toContainText(
    'These 3 files hold 6,000 resources together (each item of a List counts as one); one import takes at most 5,000. Nothing was imported.',
  );
  await expect(page.getByText(/Imported/)).toHaveCount(0);
  await expect(designer.allNodes).toHaveCount(EXAMPLE.nodes);
});

test('importing into a shared design is refused with the read-only notice alone', async ({
  page,
  browser,
}) => {
  await new Designer(page).open();
  await page.getByTestId('share-link').click();
  const url = await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(/#design=/)
    .then(() => page.evaluate(() => navigator.clipboard.readText()));
  // The visitor: a fresh browser, as share.spec.ts opens links.
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const visitor = new Designer(await other.newPage());
  await visitor.page.goto(url);
  await expect(visitor.page.getByTestId('shared-banner')).toContainText('read-only');
  await visitor.page
    .getByTestId('import-file')
    .setInputFiles([yamlFile('pool.yaml', nodePool('visitor', 'prod', 10))]);
  const notice = visitor.page.getByTestId('notice');
  await expect(notice).toContainText(
    'This shared design is read-only: choose "Make a copy" to change it.',
  );
  await expect(notice).toHaveCount(1);
  await expect(visitor.page.getByText(/Imported/)).toHaveCount(0);
  await expect(visitor.node('visitor')).toHaveCount(0);
  await expect(visitor.allNodes).toHaveCount(EXAMPLE.nodes);
  await other.close();
});

test('an empty file, bytes that are not UTF-8 and deep nesting each get their reason', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  // "é" as Latin-1 (the byte E9) on line 3 of an otherwise UTF-8 file
  const [head, tail] = nodePool('latin', 'prod', 10).split('metadata:');
  const latin1 = Buffer.concat([
    Buffer.from(`${head}metadata: # caf`),
    Buffer.from([0xe9]),
    Buffer.from(tail ?? ''),
  ]);
  const nested = `${'['.repeat(200)}${']'.repeat(200)}`;
  await page
    .getByTestId('import-file')
    .setInputFiles([
      yamlFile('empty.yaml', ''),
      { name: 'latin1.yaml', mimeType: 'application/yaml', buffer: latin1 },
      yamlFile(
        'deep.yaml',
        nodePool('deep', 'prod', 10).replace('spec:\n', `spec:\n  extra: ${nested}\n`),
      ),
    ]);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('empty.yaml: is empty. Nothing was imported.');
  await expect(notice).toContainText(
    'latin1.yaml:3: is not valid UTF-8: characters that could not be read were replaced with "\uFFFD" on line 3.',
  );
  await expect(notice).toContainText(
    'deep.yaml:1: This document nests 202 levels deep; manifests never nest beyond 59. It was skipped.',
  );
  // the file that was only mis-encoded is still imported
  await expect(designer.node('latin')).toBeVisible();
  await expect(designer.node('deep')).toHaveCount(0);
});
