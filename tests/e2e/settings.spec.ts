import { test, expect } from './support/harness';

test('the app opens and Settings shows the versions and the data folder', async ({ app, page }) => {
  await app.start({ path: '/settings' });
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByTestId('app-version')).toHaveText('TTA Navigator 0.0.0-test');
  const catalogue = app.services.catalogue.summary();
  await expect(page.getByTestId('catalogue-version')).toContainText(`version ${catalogue.version} of ${catalogue.date}`);
  await expect(page.getByTestId('data-folder')).toHaveText(app.dataDir);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('choosing a theme applies it and is saved in the data file', async ({ app, page }) => {
  await app.start({ path: '/settings' });
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => app.services.store.data().settings.theme).toBe('dark');
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // The choice shows at once and is saved after the one before it: reload once it is saved.
  await expect.poll(() => app.services.store.data().settings.theme).toBe('light');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
});

test('the renewal warning window is saved and kept after a restart', async ({ app, page }) => {
  await app.start({ path: '/settings' });
  const select = page.getByLabel('Warn about certificates expiring within');
  await expect(select).toHaveValue('90');
  await select.selectOption('30');
  await expect.poll(() => app.services.store.data().settings.expiryWarningDays).toBe(30);
  await page.reload();
  await expect(page.getByLabel('Warn about certificates expiring within')).toHaveValue('30');
});
