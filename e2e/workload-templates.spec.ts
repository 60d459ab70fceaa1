import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { Designer } from './support/designer';

/** Opens a template from the start screen, as a person does, and waits for its canvas. */
async function useTemplate(designer: Designer, id: string): Promise<void> {
  const start = await designer.openStartScreen();
  const card = start.locator(`[data-template="${id}"]`);
  // The thumbnail is drawn from the template itself, workloads and all.
  await expect(card.locator('img.start__thumbnail')).toHaveAttribute('src', /^data:image\/svg/);
  await card.getByTestId('use-template').click();
  await expect(start).toBeHidden();
  // The viewport stays where the last design had it: fit the template's columns into view.
  await designer.page.locator('.react-flow__controls-fitview').click();
}

function verdict(page: Page, workload: string) {
  return page
    .locator('.react-flow__node-workload')
    .filter({ has: page.locator('.resource-card__name', { hasText: new RegExp(`^${workload}$`) }) })
    .getByTestId('workload-verdict');
}

test('the three workload templates plan as their descriptions say', async ({ page, designer }) => {
  await designer.open();

  await useTemplate(designer, 'gpu-spot-first');
  await expect(verdict(page, 'inference')).toHaveAttribute('data-pool', 'gpu-spot');
  await expect(verdict(page, 'inference')).toHaveText('→ gpu-spot');

  await useTemplate(designer, 'why-is-my-pod-pending');
  for (const pending of ['notebook', 'arm-inference', 'team-batch', 'embeddings']) {
    await expect(verdict(page, pending)).toHaveAttribute('data-pool', '');
    await expect(verdict(page, pending)).toContainText('pending');
  }
  await expect(verdict(page, 'trainer')).toHaveAttribute('data-pool', 'gpu');

  await useTemplate(designer, 'mig-inference-with-node-overlay');
  await expect(verdict(page, 'inference')).toHaveAttribute('data-pool', 'mig-inference');
});

test('MIG pods go pending without the NodeOverlay and land with it, on the slice bar', async ({
  page,
  designer,
}) => {
  await designer.open();
  await useTemplate(designer, 'mig-inference-with-node-overlay');
  const inference = verdict(page, 'inference');
  await expect(inference).toHaveAttribute('data-pool', 'mig-inference');

  await designer.select('h100-1g-mixed');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByTestId('mig-plan-use')).toHaveText(
    'Used by the plan: 40 of 56 × 1g.10gb on mig-inference-1 (p5.48xlarge), 5 of 7 per GPU.',
  );
  await expect(inspector.locator('.slice-bar__block--used')).toHaveCount(5);

  const capacity = inspector.getByRole('combobox', { name: 'Karpenter capacity' });
  await capacity.selectOption({ label: 'No NodeOverlays' });
  await expect(inference).toHaveAttribute('data-pool', '');
  await expect(inference).toHaveText('pending: 40 of 40 pods');
  await expect(inspector.getByTestId('mig-plan-use')).toHaveCount(0);

  // The workload's Placement row says why and fixes it in one click.
  await designer.select('inference');
  const row = inspector.locator('[data-testid="placement-row"][data-pool="mig-inference"]');
  await expect(row).toHaveAttribute('data-verdict', 'refused');
  await row.getByTestId('placement-fix').click();
  await expect(inference).toHaveAttribute('data-pool', 'mig-inference');
  await expect(row).toHaveAttribute('data-verdict', 'chosen');

  await designer.select('h100-1g-mixed');
  await expect(capacity).toHaveValue(/.+/);
  await expect(inspector.getByTestId('mig-plan-use')).toContainText('40 of 56');
});

test('Download leaves the workloads out, byte for byte, until they are included', async ({
  page,
  designer,
}) => {
  await designer.open();
  const before = await designer.downloadYaml();
  await designer.openEmpty();
  await useTemplate(designer, 'gpu-spot-first');

  const panel = page.getByTestId('yaml-panel');
  await expect(panel.getByTestId('yaml-workloads-section')).toHaveText(
    'Workloads — planned here; left out of Download and Copy unless included',
  );
  const include = panel.getByTestId('include-workloads');
  await expect(include).not.toBeChecked();
  const without = await designer.downloadYaml();
  expect(without.text).not.toContain('kind: Deployment');
  expect(without.text).toContain('kind: NodePool');
  expect(before.text).not.toBe(without.text);

  await include.check();
  const withWorkloads = await designer.downloadYaml();
  expect(withWorkloads.text.startsWith(`${without.text}---\n`)).toBe(true);
  expect(withWorkloads.text.slice(without.text.length)).toMatch(/kind: Deployment\n/);
  // The heading is no text of the document: what is downloaded is the manifests alone.
  expect(withWorkloads.text).not.toContain('planned here');
});
