import { test, expect } from './support/harness';

test('a screen that fails to load says so, the navigation keeps working, and Try again loads it', async ({ app, page }) => {
  await app.start({ path: '/' });
  // A broken install: the Settings chunk cannot be read, once.
  let failures = 1;
  await page.route('**/assets/SettingsPage-*.js', (route) => (failures-- > 0 ? route.abort('failed') : route.fallback()));
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'This screen could not be shown', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/SettingsPage/);

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByTestId('results').locator('li').first()).toBeVisible();
});
