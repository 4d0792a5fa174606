import { test } from './support/harness';
import { seedDemoTeam } from './team-fixtures';

test('smoke: progress', async ({ app, page }) => {
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.text()); });
  await page.setViewportSize({ width: 1440, height: 1500 });
  const catalogue = JSON.parse(await (await import('node:fs/promises')).readFile('data/catalogue.json', 'utf8'));
  await app.start({ path: '/progress', prepare: seedDemoTeam(catalogue.trainings) });
  await page.getByTestId('chart-members').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/progress.png' });
  await app.goto('/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await app.goto('/progress');
  await page.getByTestId('chart-members').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shots/progress-dark.png' });
  await app.goto('/team');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shots/team-dark.png' });
  await app.goto('/team/members/m-0');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shots/member-dark.png' });
});
