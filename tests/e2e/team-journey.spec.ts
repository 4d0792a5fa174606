import { join } from 'node:path';
import { test, expect } from './support/harness';
import { DATA_FILE_NAME } from '../../main/services/store';
import { csvFixture, fileBytes } from './team-fixtures';

test('add two members, record a training for both from its catalogue page, see the dashboard update, then import a CSV: one bad row rejects it, the fixed file imports', async ({ app, page }) => {
  await app.start({ path: '/team' });
  const training = app.services.catalogue.current().trainings.find((t) => t.hours !== undefined)!;

  // Two members through the form.
  for (const [name, role, audience] of [
    ['Dana Reyes', 'Detective', 'Law enforcement'],
    ['Sam Lee', 'Prosecutor', 'Prosecutors'],
  ] as const) {
    await page.getByRole('link', { name: 'Add member', exact: true }).click();
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Role').fill(role);
    await page.getByRole('checkbox', { name: audience, exact: true }).check();
    await page.getByRole('button', { name: 'Add member' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Members' }).click();
  }
  await expect(page.getByTestId('members-list').getByRole('link')).toHaveText(['Dana Reyes', 'Sam Lee']);
  expect(app.services.store.data().members.map((m) => [m.name, m.audiences])).toEqual([
    ['Dana Reyes', ['law-enforcement']],
    ['Sam Lee', ['prosecutors']],
  ]);

  // From the training's catalogue page: Record completion, for both members at once.
  await app.goto(`/catalogue/training/${training.id}`);
  await page.getByRole('link', { name: 'Record completion' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a completed training' })).toBeVisible();
  await expect(page.locator('#training-choice')).toContainText(`Chosen: ${training.title}`);
  await expect(page.getByLabel('Hours', { exact: true })).toHaveValue(String(training.hours));
  await page.getByRole('checkbox', { name: 'Dana Reyes' }).check();
  await page.getByRole('checkbox', { name: 'Sam Lee' }).check();
  await page.getByLabel('Completed on').fill('2026-03-02');
  await page.getByLabel('Valid for (months)').fill('24');
  await page.getByRole('button', { name: 'Record for 2 members' }).click();
  await expect(page.getByTestId('toast')).toContainText(`Recorded “${training.title}” for 2 members.`);
  expect(app.services.store.data().completions.map((c) => [c.trainingId, c.completedOn, c.hours, c.validForMonths])).toEqual([
    [training.id, '2026-03-02', training.hours, 24],
    [training.id, '2026-03-02', training.hours, 24],
  ]);

  // The dashboard counts both.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('combobox', { name: 'Period' }).selectOption('2026');
  await expect(page.getByTestId('total-completions')).toHaveText('2');
  await expect(page.getByTestId('total-hours')).toHaveText(String(training.hours! * 2));
  const byMember = page.getByRole('table', { name: /Training hours per member/ });
  await expect(byMember.getByRole('row')).toHaveCount(3);
  await expect(byMember.getByRole('row', { name: /Dana Reyes/ }).getByRole('cell')).toHaveText([String(training.hours), '1']);
  await expect(page.getByRole('table', { name: /Training hours per month/ }).getByRole('row', { name: /Mar 2026/ }).getByRole('cell')).toHaveText([String(training.hours! * 2), '2']);

  // A CSV with one bad row: the row and field are named, nothing can be imported, nothing is written.
  const dataFile = join(app.dataDir, DATA_FILE_NAME);
  const before = await fileBytes(dataFile);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Import CSV' }).click();
  await page.getByLabel('File to import').setInputFiles(csvFixture('team-import-one-bad-row.csv'));
  // "2/3/2026" could be either order and no date in the file says which: the coordinator chooses.
  await page.getByLabel('Date order').selectOption('mdy');
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('Nothing can be imported until this row is fixed in team-import-one-bad-row.csv');
  await expect(errors).toContainText('Row 3, Completed on: "2026-02-30" is not a real calendar date');
  await expect(page.getByRole('button', { name: 'Import 2 records' })).toBeDisabled();
  expect(await fileBytes(dataFile)).toBe(before);
  expect(app.services.store.data().completions).toHaveLength(2);

  // The fixed file: previewed, then imported whole.
  await page.getByLabel('File to import').setInputFiles(csvFixture('team-import-fixed.csv'));
  await page.getByLabel('Date order').selectOption('mdy');
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Records to import' }).getByRole('row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Import 3 records' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 records from team-import-fixed.csv' })).toBeVisible();
  expect(app.services.store.data().completions).toHaveLength(5);
  // Encrypted at rest: read as the app reads it.
  expect(JSON.parse((await app.readDataFile(dataFile))!).completions).toHaveLength(5);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('combobox', { name: 'Period' }).selectOption('2026');
  await expect(page.getByTestId('total-completions')).toHaveText('5');
  await expect(page.getByRole('table', { name: /Completions per program family/ }).getByRole('row', { name: /Outside the catalogue/ }).getByRole('cell')).toHaveText(['3', '20']);
});
