import { test as base } from '@playwright/test';
import { withHarness, type AppHarness } from './harness';

/**
 * Two app instances, as two coordinators on two computers: each its own data folder, key and
 * browser context (so nothing in the page is shared either), over the same built renderer.
 * `a` runs on the test's own page; `b` on a second context's page.
 */
export const test = base.extend<{ apps: { a: AppHarness; b: AppHarness } }>({
  apps: async ({ page, browser }, use, testInfo) => {
    const { viewport, colorScheme, locale, timezoneId, deviceScaleFactor } = testInfo.project.use;
    const other = await browser.newContext({ viewport, colorScheme, locale, timezoneId, deviceScaleFactor });
    try {
      const pageB = await other.newPage();
      await withHarness(page, (a) => withHarness(pageB, (b) => use({ a, b })));
    } finally {
      await other.close();
    }
  },
});

export { expect } from '@playwright/test';
