import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { AppHarness, ROOT } from '../e2e/support/harness';
import { memberConflict } from '../e2e/support/sharing-setup';
import { DEMO_TODAY } from './demo-data';

/**
 * `npm run screenshots`: the pictures of *Sharing between coordinators*. Two app instances
 * (Dana's and Sam's), each in a fixed demo folder; Dana's changes reach Sam by exchange file
 * and one member was changed on both, so Sam's copy has a conflict. Light theme, 1280×800.
 */
const OUT = join(ROOT, 'docs', 'screenshots');

/** Dana's clock ten minutes behind Sam's, so the two versions read apart. */
const danaNow = new Date(DEMO_TODAY.getTime() - 10 * 60_000);

test('sharing and conflicts', async ({ page, browser }) => {
  const root = join(tmpdir(), 'tta-navigator-demo', 'sharing');
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, 'dana'), { recursive: true });
  await mkdir(join(root, 'sam'), { recursive: true });
  const folder = await mkdtemp(join(tmpdir(), 'tta-exchange-'));
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/Chicago' });
  try {
    await page.clock.setFixedTime(DEMO_TODAY);
    const dana = new AppHarness(await other.newPage(), join(root, 'dana'));
    const sam = new AppHarness(page, join(root, 'sam'));
    await dana.start({ path: null, now: () => danaNow });
    await sam.start({ path: null, now: () => DEMO_TODAY });
    await memberConflict(dana, sam, folder);

    await sam.goto('/settings');
    const sharing = page.getByRole('heading', { level: 2, name: 'Sharing' });
    await expect(page.getByTestId('sharing-conflicts')).toBeVisible();
    await sharing.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await shoot(page, 'sharing');

    await sam.goto('/conflicts');
    await expect(page.getByRole('heading', { level: 2, name: 'Jordan Alvarez' })).toBeVisible();
    await shoot(page, 'conflicts');
    for (const app of [dana, sam]) {
      await app.services.sync.close();
      await app.services.store.idle();
    }
  } finally {
    await other.close();
    await rm(folder, { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
  }
});

async function shoot(page: Page, name: string): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled', caret: 'hide' });
}
