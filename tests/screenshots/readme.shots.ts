import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { AppHarness, ROOT } from '../e2e/support/harness';
import { DEMO_TODAY, writeDemoData } from './demo-data';

/**
 * `npm run screenshots`: the README's pictures, taken from the built renderer over the
 * real handlers and a demo data folder, light theme, 1280×800. One line per picture:
 * a name (docs/screenshots/<name>.png), the route, and the level-1 heading that says it is ready.
 */
const shots: { name: string; path: string; heading: string }[] = [
  { name: 'start', path: '/', heading: 'Who are you planning for?' },
  { name: 'catalogue', path: '/catalogue?audience=law-enforcement&q=trafficking', heading: 'Catalogue' },
  { name: 'training-detail', path: '/catalogue/training/ncmec-cstar', heading: 'Child Sex Trafficking: Awareness & Response (CSTAR)' },
  { name: 'team', path: '/team', heading: 'Team' },
  { name: 'member', path: '/team/members/m-demo-1', heading: 'Jordan Alvarez' },
  { name: 'progress', path: '/progress', heading: 'Progress' },
  { name: 'plans', path: '/plans', heading: 'Training plans' },
  { name: 'plan-editor', path: '/plans/p-demo-1', heading: '2027 onboarding for new investigators (demo data)' },
  { name: 'compliance', path: '/compliance', heading: 'Compliance' },
  { name: 'compliance-profile', path: '/compliance/profiles/pr-demo-1', heading: 'Edit Investigator (demo data)' },
  { name: 'compliance-member', path: '/compliance/members/m-demo-1', heading: 'Jordan Alvarez' },
  { name: 'curriculum', path: '/trainers/curricula/cu-demo-1', heading: 'Child sex trafficking for patrol officers (demo data)' },
  { name: 'delivery-report', path: '/trainers/report', heading: 'Delivery report' },
  { name: 'settings', path: '/settings', heading: 'Settings' },
  { name: 'keyboard-shortcuts', path: '/help/shortcuts', heading: 'Keyboard shortcuts' },
];

const OUT = join(ROOT, 'docs', 'screenshots');
const CATALOGUE = join(ROOT, 'data', 'catalogue.json');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Like the e2e fixture, but in a fixed demo folder so the paths in the pictures do not change from run to run. */
const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use, testInfo) => {
    const dataDir = join(tmpdir(), 'tta-navigator-demo', testInfo.title);
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    const harness = new AppHarness(page, dataDir);
    await use(harness);
    await rm(dataDir, { recursive: true, force: true });
    expect(harness.blockedRequests, 'the app tried to reach the network').toEqual([]);
  },
});

for (const shot of shots) {
  test(shot.name, async ({ app, page }) => {
    // The page's clock too, so "last 12 months" and "expiring soon" read the same on every run.
    await page.clock.setFixedTime(DEMO_TODAY);
    await app.start({ path: shot.path, now: () => DEMO_TODAY, appVersion: VERSION, prepare: (dir) => writeDemoData(dir, CATALOGUE) });
    await expect(page.getByRole('heading', { level: 1, name: shot.heading, exact: true })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(OUT, `${shot.name}.png`), animations: 'disabled', caret: 'hide' });
  });
}
