import { expect, test } from './support/fixtures';

test('a custom MIG mix built on the slice bar is attached, exported and refused when it cannot fit', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await designer.dragFromPalette('palette-ec2nodeclass', { x: 620, y: 300 });
  await designer.dragFromPalette('palette-nodepool', { x: 360, y: 300 });
  await designer.dragFromPalette('palette-migprofile', { x: 120, y: 460 });
  await designer.select('migprofile-1');
  const inspector = page.getByTestId('inspector');
  await inspector.getByLabel('GPU', { exact: true }).selectOption({ label: 'H100 80GB' });
  await inspector
    .getByLabel('Layout')
    .selectOption({ label: 'Custom mix (build it on the slice bar)' });

  // The H100's default layout has seven 1g slices: take them all off, then build 3g + 2g + 1g.
  const slices = inspector.getByTestId('mig-slice');
  while ((await slices.count()) > 0) await slices.first().click();
  await expect(inspector.getByTestId('mig-slice-bar')).toContainText('MIG on, no instances yet');
  const add = (profile: string) =>
    inspector.locator(`[data-testid="mig-add-profile"][data-profile="${profile}"]`).click();
  // The blocks in unit order, as the bar shows them left to right.
  const placed = () =>
    expect.poll(() => slices.evaluateAll((els) => els.map((e) => e.getAttribute('data-profile'))));
  await add('3g.40gb');
  await add('2g.20gb');
  await add('1g.10gb');
  await placed().toEqual(['3g.40gb', '2g.20gb', '1g.10gb']);
  await expect(inspector).toContainText('6 of 7 compute slices');

  await inspector.getByTestId('field-mig-config').fill('inference-mix');
  await designer.connect(designer.node('migprofile-1'), designer.node('nodepool-1'));
  await expect(designer.edges('migProfile')).toHaveCount(1);
  await expect(designer.node('migprofile-1')).toContainText('3g.40gb + 2g.20gb + 1g.10gb');

  // A new pool launches c, m and r instances only: none carries an H100, and it says so.
  await expect(
    page.getByTestId('problem').filter({ hasText: 'admits no instance type with the H100 80GB' }),
  ).toHaveCount(1);
  const yaml = (await designer.downloadYaml({ despiteErrors: true })).text;
  expect(yaml).toContain('nvidia.com/mig.config: inference-mix');
  expect(yaml).toMatch(
    /- effect: NoSchedule\n\s+key: nvidia.com\/mig.config\n\s+value: inference-mix/,
  );
  expect(yaml).toMatch(
    /key: karpenter.k8s.aws\/instance-gpu-name\n\s+operator: In\n\s+values:\n\s+- h100/,
  );

  // The operator learns the custom layout from the generated mig-parted ConfigMap.
  expect(yaml).toMatch(
    /kind: ConfigMap\nmetadata:\n\s+name: custom-mig-config\n\s+namespace: gpu-operator\ndata:\n\s+config.yaml: \|/,
  );
  expect(yaml).toMatch(/inference-mix:\n\s+- device-filter:/);
  await expect(page.getByTestId('inspector').getByTestId('mig-sample-pod')).toContainText(
    'nvidia.com/mig.config: inference-mix',
  );

  // Two 3g.40gb and a 1g.10gb use seven slices but cannot be placed: refused, with the reason.
  await designer.select('migprofile-1');
  await slices.and(page.locator('[data-profile="2g.20gb"]')).click();
  await slices.and(page.locator('[data-profile="1g.10gb"]')).click();
  await add('3g.40gb');
  await placed().toEqual(['3g.40gb', '3g.40gb']);
  await add('1g.10gb');
  await expect(inspector.getByTestId('mig-mix-refusal')).toContainText(
    'Cannot add 1g.10gb: this mix uses 7 of 7 compute slices but does not fit',
  );
  await placed().toEqual(['3g.40gb', '3g.40gb']);
});

/** A MIG pool as an older setup wrote it: the legacy taint, pinned by GPU name alone. */
const legacyMigPool = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: gpu
spec:
  template:
    metadata:
      labels:
        nvidia.com/mig.config: all-1g.10gb
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: al2023}
      requirements:
        - key: karpenter.k8s.aws/instance-gpu-name
          operator: In
          values: [h100]
      taints:
        - key: nvidia.com/mig
          value: "true"
          effect: NoSchedule
`;

const gpuClass = `apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata:
  name: al2023
spec:
  role: KarpenterNodeRole-prod
  amiSelectorTerms:
    - alias: al2023@latest
  subnetSelectorTerms:
    - tags: {karpenter.sh/discovery: prod}
  securityGroupSelectorTerms:
    - tags: {karpenter.sh/discovery: prod}
`;

test('an imported MIG pool is attached to its profile and exported as it was written', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  await page.getByTestId('import-file').setInputFiles([
    {
      name: 'gpu.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(`${gpuClass}---\n${legacyMigPool}`),
    },
  ]);
  await expect(designer.node('gpu', 'nodePool')).toBeVisible();
  await expect(designer.nodes('migProfile')).toHaveCount(1);
  await expect(designer.edges('migProfile')).toHaveCount(1);

  await page.getByTestId('export-copy').click();
  const copied = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(copied).toContain('nvidia.com/mig.config: all-1g.10gb');
  const yaml = await copied();
  expect(yaml).toContain(legacyMigPool);
  expect(yaml).toContain('key: nvidia.com/mig\n          value: "true"');
  expect(yaml).not.toContain('instance-gpu-memory');
  expect(yaml).not.toContain('value: all-1g.10gb');

  // The designer's form is one click away, and says why in the problems list.
  await expect(
    page.getByTestId('problem').filter({ hasText: 'was imported in its own form' }),
  ).toHaveCount(1);
  // The import leaves what it added selected: one click on the empty canvas clears that, once
  // the view has settled on what arrived.
  await designer.viewSettled();
  await designer.pane.click({ position: { x: 300, y: 600 } });
  await designer.select('gpu');
  await page
    .getByTestId('inspector')
    .getByRole('button', { name: "Use the designer's MIG form" })
    .click();
  await page.getByTestId('export-copy').click();
  await expect.poll(copied).toContain('instance-gpu-memory');
  expect(await copied()).toMatch(
    /key: nvidia.com\/mig.config\n\s+value: "?all-1g.10gb"?\n\s+effect: NoSchedule/,
  );
});
