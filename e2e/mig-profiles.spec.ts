import { expect, test } from '@playwright/test';
import { Designer } from './support/designer';

test('a custom MIG mix built on the slice bar is attached, exported and refused when it cannot fit', async ({
  page,
}) => {
  const designer = new Designer(page);
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
  await expect(page.locator('.react-flow__edge.edge--migProfile')).toHaveCount(1);
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
