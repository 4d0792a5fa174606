import { test, expect } from './support/harness';
import { csvFixture } from './team-fixtures';

test('a plan without a name is refused with the problem listed, and nothing is saved', async ({ app, page }) => {
  await app.start({ path: '/plans' });
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('button', { name: 'Create plan' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Please check the plan:');
  await expect(alert.getByRole('listitem')).not.toHaveCount(0);
  expect(app.services.store.data().plans).toHaveLength(0);
});

test('a column mapping with no member column names the file and the problem, and nothing is imported', async ({ app, page }) => {
  await app.start({ path: '/team/import' });
  await page.getByLabel('CSV file').setInputFiles(csvFixture('team-import-fixed.csv'));
  await page.getByRole('combobox', { name: 'Member name' }).selectOption({ label: 'Not in the file' });
  const alert = page.getByRole('alert').filter({ hasText: 'team-import-fixed.csv cannot be imported yet:' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('listitem')).toContainText(['Choose the column that names the member']);
  expect(app.services.store.data().completions).toHaveLength(0);
});
