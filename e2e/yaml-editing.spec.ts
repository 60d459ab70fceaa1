import { expect, test } from './support/fixtures';
import { EXAMPLE } from './support/example';

test('a NodePool typed into the YAML panel appears on the canvas, wired to its class', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.yamlEditor();
  await page.keyboard.press('Control+End');
  await designer.paste(`---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: typed-pool
spec:
  limits: {cpu: "64"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: kubernetes.io/arch, operator: In, values: [arm64]}
`);
  await expect(designer.node('typed-pool', 'nodePool')).toBeVisible();
  await expect(designer.edges('nodeClassRef')).toHaveCount(EXAMPLE.nodeClassRefs + 1);
  // the text the user typed is exported as typed
  await page.getByTestId('palette-nodepool').focus();
  const { text } = await designer.downloadYaml();
  expect(text).toContain(
    'nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}',
  );
});

test('a half-typed document is marked at its line while the canvas keeps the last good state', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.yamlEditor();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(
    '---\napiVersion: karpenter.sh/v1\nkind: NodePool\nmetadata: {name: [broken\n',
  );
  const panel = page.getByTestId('yaml-panel');
  await expect(panel.locator('.squiggly-error').first()).toBeVisible();
  await expect(designer.allNodes).toHaveCount(EXAMPLE.nodes);
});

test('changing nodeClassRef.name in the panel moves the edge, and undo moves it back', async ({
  page,
  designer,
}) => {
  await designer.open();
  const { text } = await designer.downloadYaml();
  const general = text.split('---\n').findIndex((doc) => doc.includes('name: general'));
  const edited = text
    .split('---\n')
    .map((doc, i) => (i === general ? doc.replace('name: default', 'name: gpu-al2023') : doc))
    .join('---\n');
  await designer.yamlEditor();
  await page.keyboard.press('Control+a');
  await designer.paste(edited);
  await expect(
    page.getByTestId('problem').filter({ hasText: 'used by no NodePool' }),
  ).toContainText('default');
  await expect(designer.edges('nodeClassRef')).toHaveCount(EXAMPLE.nodeClassRefs);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('problem')).toHaveCount(0);
});

test('a pool typed above the classes gets its marker on its own line, not the export’s', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.yamlEditor();
  await page.keyboard.press('Control+Home');
  await designer.paste(`apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: typed-first
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: nowhere}
      requirements: []
---
`);
  await expect(designer.node('typed-first', 'nodePool')).toBeVisible();
  const panel = page.getByTestId('yaml-panel');
  // Monaco draws a marker as a decoration at its line's height: the two tops must agree.
  const lineTop = async () =>
    panel
      .locator('.view-line', { hasText: 'name: nowhere' })
      .evaluate((el) => parseFloat((el as HTMLElement).style.top));
  const markerTops = async () =>
    panel
      .locator('.squiggly-error')
      .evaluateAll((els) =>
        els.map((el) =>
          parseFloat((el.parentElement as HTMLElement).style.top || (el as HTMLElement).style.top),
        ),
      );
  await expect.poll(async () => (await markerTops()).includes(await lineTop())).toBe(true);
});
