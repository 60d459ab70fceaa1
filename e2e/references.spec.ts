import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';

test('connect a new pool to a new class, then rename the class', async ({ page, designer }) => {
  await designer.openEmpty();
  await designer.dragFromPalette('palette-nodepool', { x: 320, y: 200 });
  await designer.dragFromPalette('palette-ec2nodeclass', { x: 620, y: 160 });
  await designer.dragFromPalette('palette-ec2nodeclass', { x: 620, y: 420 });
  const pool = designer.node('nodepool-1');
  // no class existed when the pool was made: it points at "default", which is missing
  await expect(page.getByTestId('problem').filter({ hasText: 'nodepool-1' }).first()).toContainText(
    'default',
  );

  await designer.connect(pool, designer.node('ec2nodeclass-2'));
  await expect(designer.edges()).toHaveCount(1);
  let yaml = (await designer.downloadYaml()).text;
  expect(yaml).toMatch(
    /nodeClassRef:\n\s+group: karpenter.k8s.aws\n\s+kind: EC2NodeClass\n\s+name: ec2nodeclass-2/,
  );

  // a pool has exactly one class: connecting again moves the edge
  await designer.connect(pool, designer.node('ec2nodeclass-1'));
  await expect(designer.edges()).toHaveCount(1);
  yaml = (await designer.downloadYaml()).text;
  expect(yaml).toContain('name: ec2nodeclass-1\n');
  expect(yaml).not.toMatch(/nodeClassRef:[\s\S]*name: ec2nodeclass-2/);

  await designer.rename('ec2nodeclass-1', 'gpu-class');
  await expect(designer.node('gpu-class', 'ec2NodeClass')).toBeVisible();
  await expect(designer.edges()).toHaveCount(1);
  yaml = (await designer.downloadYaml()).text;
  expect(yaml).toMatch(
    /nodeClassRef:\n\s+group: karpenter.k8s.aws\n\s+kind: EC2NodeClass\n\s+name: gpu-class/,
  );
});

test('a connection that makes no sense is refused with the reason', async ({ page, designer }) => {
  await designer.open();
  const pool = designer.node('general');
  const other = designer.node('gpu-spot');
  const from = designer.handle(pool, 'right');
  const to = designer.handle(other, 'left');
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('handles not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  // while dragging, the line explains why a pool cannot reference a pool
  await expect(page.getByTestId('connection-refused')).toContainText('NodePool');
  await page.mouse.up();
  await expect(designer.edges('nodeClassRef')).toHaveCount(EXAMPLE.nodeClassRefs);
});

test('deleting a class leaves its pools visibly broken', async ({ page, designer }) => {
  await designer.open();
  await designer.select('gpu-al2023');
  await page.keyboard.press('Delete');
  await expect(designer.node('gpu-al2023')).toHaveCount(0);
  const errors = page.getByTestId('problem').and(page.locator('[data-severity="error"]'));
  await expect(errors).toHaveCount(3);
  for (const pool of ['gpu-spot', 'gpu-ondemand', 'batch']) {
    await expect(errors.filter({ hasText: pool })).toContainText('gpu-al2023');
    await expect(designer.node(pool).getByTestId('node-problem-badge')).toHaveAttribute(
      'data-severity',
      'error',
    );
  }
});

test('attaching a MIG profile adds the label, taint and GPU requirement to the pool', async ({
  designer,
}) => {
  await designer.openEmpty();
  await designer.dragFromPalette('palette-ec2nodeclass', { x: 620, y: 300 });
  await designer.dragFromPalette('palette-nodepool', { x: 360, y: 300 });
  await designer.dragFromPalette('palette-migprofile', { x: 120, y: 460 });
  await designer.connect(designer.node('migprofile-1'), designer.node('nodepool-1'));
  await expect(designer.edges('migProfile')).toHaveCount(1);
  // the new pool's c, m and r instances carry no H100: an error, so download asks first
  const yaml = (await designer.downloadYaml({ despiteErrors: true })).text;
  expect(yaml).toContain('nvidia.com/mig.config: all-1g.10gb');
  expect(yaml).toMatch(
    /- effect: NoSchedule\n\s+key: nvidia.com\/mig.config\n\s+value: all-1g.10gb/,
  );
  expect(yaml).toMatch(
    /key: karpenter.k8s.aws\/instance-gpu-name\n\s+operator: In\n\s+values:\n\s+- h100/,
  );

  // a pool carries at most one MIG profile: a second one replaces the first
  await designer.dragFromPalette('palette-migprofile', { x: 120, y: 260 });
  await designer.connect(designer.node('migprofile-2'), designer.node('nodepool-1'));
  await expect(designer.edges('migProfile')).toHaveCount(1);
});
