import { expect, test } from './support/fixtures';
import { DEFAULT_NODE_CLASS } from './support/manifests';

test('a problem shows on its node, in the list and on its YAML line; clicking it selects the resource', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.select('default');
  await page.keyboard.press('Delete');

  const problem = page.getByTestId('problem').filter({ hasText: 'general' });
  await expect(problem).toHaveAttribute('data-severity', 'error');
  await expect(designer.node('general').getByTestId('node-problem-badge')).toBeVisible();

  await problem.click();
  await expect(designer.nameField).toHaveValue('general');
  const panel = page.getByTestId('yaml-panel');
  // the editor scrolls to the offending line and underlines it
  await expect(panel.locator('.view-lines')).toContainText('name: default');
  await expect(panel.locator('.squiggly-error').first()).toBeVisible();
});

test('fixing the problem in the inspector clears it everywhere', async ({ page, designer }) => {
  await designer.open();
  await designer.rename('general', 'General');
  await expect(page.getByTestId('problem').filter({ hasText: 'General' })).toHaveCount(1);
  await expect(designer.nameField).toHaveAttribute('aria-invalid', 'true');
  await designer.nameField.fill('general-2');
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await expect(designer.nameField).not.toHaveAttribute('aria-invalid', 'true');
  await expect(designer.node('general-2').getByTestId('node-problem-badge')).toHaveCount(0);
});

test('a problem row says the name as it is now while the name is still wrong', async ({
  page,
  designer,
}) => {
  await designer.open();
  await designer.rename('general', 'General');
  const problem = page.getByTestId('problem');
  await expect(problem.filter({ hasText: '"General"' })).toHaveCount(1);
  await designer.nameField.fill('General-2');
  await expect(problem.filter({ hasText: '"General-2"' })).toHaveCount(1);
  await expect(problem.filter({ hasText: '"General"' })).toHaveCount(0);
});

test('the instance catalog arrives after the canvas and judges limits against real instance sizes', async ({
  page,
  designer,
}) => {
  await designer.openEmpty();
  const yaml = `${DEFAULT_NODE_CLASS}---
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: tiny
spec:
  limits: {cpu: "1"}
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: default}
      requirements:
        - {key: karpenter.k8s.aws/instance-family, operator: In, values: [m7i]}
`;
  await page.getByTestId('import-file').setInputFiles({
    name: 'tiny.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(yaml),
  });
  // m7i.large, the smallest m7i, has 2 vCPUs: a 1-CPU limit lets the pool launch nothing.
  const problem = page.getByTestId('problem').filter({ hasText: 'm7i.large' });
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText('tiny');
  await problem.click();
  await expect(designer.nameField).toHaveValue('tiny');
});
