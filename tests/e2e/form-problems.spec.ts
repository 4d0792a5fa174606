import { readFileSync } from 'node:fs';
import { test, expect } from './support/harness';
import type { Envelope } from '../../shared/client';
import { parseCsvTable } from '../../shared/team/csv-parse';
import { guessMapping } from '../../shared/team/csv-mapping';
import { defaultImportOptions } from '../../shared/team/import-options';
import { csvFixture } from './team-fixtures';

test('a plan without a name is refused with the problem listed, and nothing is saved', async ({ app, page }) => {
  await app.start({ path: '/plans' });
  await page.getByRole('button', { name: 'New plan' }).click();
  // The control that writes, clicked with the form still wrong.
  await page.getByRole('button', { name: 'Create plan' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Please check the plan:');
  await expect(alert.getByRole('listitem')).not.toHaveCount(0);
  expect(app.services.store.data().plans).toHaveLength(0);

  // Once named, the same button saves exactly one plan. Writes are saved in order, so a write
  // the refused click had started would have landed first and this would count two.
  await page.getByLabel('Name').fill('Spring refresher');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect.poll(() => app.services.store.data().plans.map((p) => p.name)).toEqual(['Spring refresher']);
});

test('a column mapping with no member column names the file and the problem, and nothing is imported', async ({ app, page }) => {
  await app.start({ path: '/team/import' });
  await page.getByLabel('File to import').setInputFiles(csvFixture('team-import-fixed.csv'));
  // 2/3/2026 could be either order: the file says nothing, so the coordinator chooses.
  await page.getByLabel('Date order').selectOption('mdy');
  const memberColumn = page.getByRole('combobox', { name: 'Member name' });
  await memberColumn.selectOption({ label: 'Not in the file' });
  const alert = page.getByRole('alert').filter({ hasText: 'team-import-fixed.csv cannot be imported yet:' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('listitem')).toContainText(['Choose the column that names the member']);

  // No control to import is offered while the problem stands…
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  // …and the request the Import button sends, sent anyway with this mapping, is refused by the
  // main side for the same reason, and stores nothing.
  const text = readFileSync(csvFixture('team-import-fixed.csv'), 'utf8');
  const mapping = { ...guessMapping(parseCsvTable(text).headers), memberName: null };
  const reply = await page.evaluate(
    (input) => (window as unknown as { tta: { completionsImport(i: unknown): Promise<Envelope<unknown>> } }).tta.completionsImport(input),
    { fileName: 'team-import-fixed.csv', text, mapping, options: { ...defaultImportOptions, dateOrder: 'mdy' }, createMissingMembers: false },
  );
  expect(reply.ok).toBe(false);
  expect(JSON.stringify(reply)).toContain('Choose the column that names the member');
  expect(app.services.store.data().completions).toHaveLength(0);

  // With the member column chosen again (and its two people created) the Import button
  // imports the three rows, and only them.
  await memberColumn.selectOption({ label: 'Column 1: Member name' });
  await expect(alert).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Create members who are not on the team yet' }).check();
  await page.getByRole('button', { name: 'Import 3 records' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 records from team-import-fixed.csv' })).toBeVisible();
  expect(app.services.store.data().completions).toHaveLength(3);
});
