import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect } from './support/harness';
import { fileBytes, seedTeam } from './team-fixtures';

const titles = (page: Page) => page.getByTestId('records-list').getByRole('link');

test('records filter by status, and the expiring-soon view lists current certificates of active members, soonest first', async ({ app, page }) => {
  await app.start({ path: '/team/records', prepare: seedTeam() });
  await expect(page.getByText('9 records shown of 9')).toBeVisible();
  const status = page.getByRole('combobox', { name: 'Status' });

  await status.selectOption('within-30');
  await expect(titles(page)).toHaveText(['Dana Reyes: CPR and First Aid', 'Alex Kim: Evidence Handling']);
  await expect(page).toHaveURL(/status=within-30/);
  await status.selectOption('within-60');
  await expect(titles(page)).toHaveCount(3);
  await status.selectOption('within-90');
  await expect(titles(page)).toHaveCount(5);
  await status.selectOption('expired');
  await expect(titles(page)).toHaveText(['Dana Reyes: Firearms Requalification', 'Dana Reyes: Defensive Tactics']);
  await status.selectOption('valid');
  await expect(titles(page)).toHaveText(['Sam Lee: Courtroom Technology']);
  await status.selectOption('no-expiry');
  await expect(titles(page)).toHaveText(['Sam Lee: Advanced Child Interviewing (2019 edition)']);
  // The filter lives in the URL: back returns to the previous one.
  await page.reload();
  await expect(status).toHaveValue('no-expiry');

  await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Expiring soon' }).click();
  await expect(titles(page)).toHaveText([
    'Dana Reyes: Firearms Requalification',
    'Dana Reyes: CPR and First Aid',
    'Sam Lee: Ethics for Prosecutors',
    'Dana Reyes: Defensive Tactics',
    'Sam Lee: Trial Advocacy Refresher',
  ]);
  await expect(page.getByRole('list', { name: 'Counts' })).toContainText('1 expired');
  await page.getByRole('combobox', { name: 'Expiring within' }).selectOption('30');
  await page.getByRole('checkbox', { name: 'Include expired certificates' }).uncheck();
  await expect(titles(page)).toHaveText(['Dana Reyes: CPR and First Aid']);

  // The members list flags who has certificates to renew.
  await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByTestId('members-list').locator('li', { hasText: 'Dana Reyes' })).toContainText('3 certificates to renew');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('inactive');
  await expect(page.getByTestId('members-list').getByRole('link')).toHaveText(['Alex Kim']);
});

test('exports the records to the CSV file chosen in the save dialog, spreadsheet-safe', async ({ app, page }) => {
  await app.start({
    path: '/team',
    prepare: seedTeam((d) => {
      d.members[0] = { ...d.members[0]!, name: '=cmd|"/c calc"!A1' };
    }),
  });
  const target = join(app.dataDir, 'records.csv');
  app.dialogAnswers.save.push(target);
  await page.getByRole('button', { name: 'Export all records (CSV)' }).click();
  await expect(page.getByTestId('toast')).toContainText(`Saved 9 records to ${target}.`);
  const text = await fileBytes(target);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(expect.arrayContaining(['Member name', 'Training title', 'Completed on', 'Hours', 'Expires on', 'Status']));
  expect(rows).toHaveLength(10);
  expect(rows.filter((r) => r[0] === `'=cmd|"/c calc"!A1`)).toHaveLength(4);
  expect(rows.flat().filter((cell) => /^[=+\-@\t\r\n]/.test(cell))).toEqual([]);

  // Cancelling the dialog writes nothing and says nothing.
  await page.getByTestId('toast').getByRole('button', { name: 'Dismiss message' }).click();
  await page.getByRole('button', { name: 'Export all records (CSV)' }).click();
  await expect(page.getByRole('button', { name: 'Export all records (CSV)' })).toBeEnabled();
  await expect(page.getByTestId('toast')).toHaveCount(0);
});
