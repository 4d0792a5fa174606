import { test, expect } from './support/harness';

test('smoke: team screens render', async ({ app, page }) => {
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
  await app.start({ path: '/team' });
  await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/team-empty.png', fullPage: true });
  await page.getByRole('link', { name: 'Add the first member' }).click();
  await page.getByLabel('Name').fill('Dana Reyes');
  await page.getByRole('checkbox', { name: 'Law Enforcement' }).check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('heading', { name: 'Dana Reyes', level: 1 })).toBeVisible();
  await page.screenshot({ path: '/tmp/shots/member.png', fullPage: true });
  await page.getByRole('link', { name: 'Record completion' }).first().click();
  await page.screenshot({ path: '/tmp/shots/record.png', fullPage: true });
  await app.goto('/progress');
  await page.screenshot({ path: '/tmp/shots/progress.png', fullPage: true });
});
