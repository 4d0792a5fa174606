import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { expectNoViolations } from './support/axe';
import { test, expect } from './support/harness';
import { openStore } from '../../main/services/store';

const now = () => new Date('2026-10-05T12:00:00');
const SHEET = (ext: 'csv' | 'xlsx') => fileURLToPath(new URL(`../fixtures/sign-in/regional-cst-sign-in.${ext}`, import.meta.url));
const TRAINING_TITLE = 'Child Sex Trafficking: Law Enforcement Response';

async function seed(dir: string) {
  const store = await openStore({ dir });
  await store.update((d) => {
    d.members.push(
      { id: 'm-ana', name: 'Ana Diaz', role: 'Detective', agency: 'County Sheriff', audiences: ['law-enforcement'], active: true },
      { id: 'm-ben', name: 'Ben Lee', role: 'Advocate', agency: 'Child Advocacy Center', audiences: ['victim-service-providers'], active: true },
    );
    d.curricula = [
      { id: 'cu-1', title: 'CST for Patrol', purpose: '', audiences: ['law-enforcement'], objectives: '', modules: [], days: [], createdAt: '2026-06-01T00:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' },
    ];
  });
  await store.close();
}

test('two deliveries (one by counts, one from a sign-in sheet that gives two members the completion) and the quarter’s report, on screen and as CSV', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.start({ path: '/trainers', prepare: seed, now });
  await page.getByRole('navigation', { name: 'For trainers' }).getByRole('link', { name: 'Deliveries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deliveries' })).toBeVisible();

  // 1. By counts: two days in July, 12 hours, 26 people.
  await page.getByRole('button', { name: 'Record a delivery' }).click();
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose the curriculum or training that was delivered' })).toBeVisible();
  await page.getByLabel('What was delivered').selectOption({ label: 'CST for Patrol' });
  await page.getByLabel('First day').fill('2026-07-14');
  await page.getByLabel('Last day').fill('2026-07-15');
  await page.getByLabel('Hours of instruction').fill('12');
  await page.getByLabel('Location').fill('Police academy, Salem');
  await page.getByRole('checkbox', { name: 'Child sex trafficking' }).check();
  await page.getByLabel('Audience, row 1').selectOption({ label: 'Law enforcement' });
  await page.getByLabel('Agency, row 1').fill('Salem PD');
  await page.getByLabel('People, row 1').fill('18');
  await page.getByRole('button', { name: 'Add a row' }).click();
  await page.getByLabel('Audience, row 2').selectOption({ label: 'Prosecutors' });
  await page.getByLabel('Agency, row 2').fill('County DA');
  await page.getByLabel('People, row 2').fill('8');
  await page.getByLabel('Evaluation average (1–5, optional)').fill('4.6');
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded the delivery of “CST for Patrol”.' })).toBeVisible();

  // 2. From a sign-in sheet: a catalogue training hosted online in September, 3.5 hours.
  await page.getByRole('button', { name: 'Record a delivery' }).click();
  await page.getByLabel('What was delivered').selectOption({ label: TRAINING_TITLE });
  await page.getByLabel('First day').fill('2026-09-02');
  await page.getByLabel('Hours of instruction').fill('3.5');
  await page.getByRole('checkbox', { name: 'Delivered online' }).check();
  await page.getByRole('checkbox', { name: 'Child sex trafficking' }).check();
  await page.getByRole('radio', { name: 'Attendee list from a sign-in sheet' }).check();
  // The Excel sheet's header says "Print Name", read as the attendees' names; its "Job Title / Discipline" is mapped by hand.
  await page.getByLabel('Sign-in sheet file (CSV or Excel)').setInputFiles(SHEET('xlsx'));
  await expect(page.getByTestId('import-encoding')).toHaveText('“Sign-in”');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('Discipline', { exact: true })).toHaveValue('');
  await page.getByLabel('Discipline', { exact: true }).selectOption({ label: 'Column 4: Job Title / Discipline' });
  const preview = page.getByTestId('sign-in-preview');
  await expect(preview.getByRole('status')).toHaveText('regional-cst-sign-in.xlsx: 5 attendees, 2 are team members.');
  await expect(page.getByTestId('sign-in-problems')).toContainText('Row 8, Name (column "Print Name"): No name on this row; it was left out.');
  await expect(preview.getByRole('row')).toHaveCount(6);
  // The mapping and preview states, in both themes, in this same app.
  await expectNoViolations(page, 'sign-in mapping and preview (light)', 'form');
  await app.sendCommand('theme-dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoViolations(page, 'sign-in mapping and preview (dark)', 'form');
  await app.sendCommand('theme-light');
  // A saved mapping comes back for the same header row, here the CSV of the same sheet.
  await page.getByLabel('Save this mapping as').fill('Academy sign-in');
  await page.getByRole('button', { name: 'Save mapping' }).click();
  await expect(page.getByText('Saved as “Academy sign-in”.')).toBeVisible();
  await expect.poll(() => app.services.store.data().settings.signInMappings.map((m) => m.name)).toEqual(['Academy sign-in']);
  await page.getByLabel('Sign-in sheet file (CSV or Excel)').setInputFiles(SHEET('csv'));
  await expect(page.getByTestId('sign-in-mapping-source')).toContainText('Using your saved mapping “Academy sign-in”');
  await expect(preview.getByRole('status')).toHaveText('regional-cst-sign-in.csv: 5 attendees, 2 are team members.');
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Recorded the delivery of “${TRAINING_TITLE}”.` })).toBeVisible();

  await page.getByRole('button', { name: `Record the completion for the 2 team members at ${TRAINING_TITLE}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recorded the completion for 2 team members.' })).toBeVisible();
  const completions = () => app.services.store.data().completions.map((c) => `${c.memberId} ${c.trainingId} ${c.completedOn} ${c.hours}`).sort();
  await expect.poll(completions).toEqual(['m-ana ncjtc-child-sex-trafficking-law-enforcement-response 2026-09-02 3.5', 'm-ben ncjtc-child-sex-trafficking-law-enforcement-response 2026-09-02 3.5']);

  // The quarter's report on screen.
  await page.getByRole('link', { name: 'Delivery report' }).click();
  await page.getByRole('button', { name: 'Quarter' }).click();
  await page.getByLabel('Year').selectOption('2026');
  await page.getByLabel('Quarter').selectOption({ label: 'Q3 (Jul–Sep)' });
  await expect(page.getByTestId('report-period')).toHaveText('Period: Jul 1, 2026 – Sep 30, 2026');
  const figures = page.getByTestId('report-figures');
  await expect(figures.locator('.report-figure__value')).toHaveText(['2', '31', '15.5', `${12 * 26 + 3.5 * 5}`]);
  await expect(page.getByTestId('by-audience').getByRole('row', { name: /Law enforcement/ }).getByRole('cell').first()).toHaveText('20');
  await expect(page.getByTestId('by-audience').getByRole('row', { name: /Prosecutors/ }).getByRole('cell').first()).toHaveText('9');
  await expect(page.getByTestId('by-agency').getByRole('row', { name: /Salem PD/ }).getByRole('cell').first()).toHaveText('18');
  await expect(page.getByTestId('by-topic').getByRole('row', { name: /Child sex trafficking/ }).getByRole('cell').first()).toHaveText('2');

  // Its CSV parses back to the same figures.
  const csvPath = join(app.dataDir, 'report.csv');
  app.dialogAnswers.save.push(csvPath);
  await page.getByRole('button', { name: 'Export report CSV' }).click();
  await expect(page.getByTestId('export-status')).toHaveText(`Saved ${csvPath}`);
  const rows = Papa.parse<string[]>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const value = (section: string, item: string) => rows.find((r) => r[0] === section && r[1] === item)?.[2];
  expect(value('Period', 'Jul 1, 2026 – Sep 30, 2026')).toBe('2026-07-01 to 2026-09-30');
  expect(value('Total', 'Sessions held')).toBe('2');
  expect(value('Total', 'People trained')).toBe('31');
  expect(value('Total', 'Training hours (sessions × hours)')).toBe('15.5');
  expect(value('Total', 'Person-hours')).toBe(String(12 * 26 + 3.5 * 5));
  expect(value('People by audience', 'Law enforcement')).toBe('20');
  expect(value('People by agency', 'Salem PD')).toBe('18');
  expect(value('People by agency', 'Salem Police Department')).toBe('1');
});
