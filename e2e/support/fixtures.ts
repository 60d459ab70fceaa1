import { test as base } from '@playwright/test';
import { Designer } from './designer';

/**
 * Every spec takes its `designer` from here (tldraw's `test.extend` fixtures): the page object
 * is made once per test, and a spec that needs a second tab builds one from that tab's page.
 */
export const test = base.extend<{ designer: Designer }>({
  designer: async ({ page }, use) => {
    await use(new Designer(page));
  },
});

export { expect } from '@playwright/test';
