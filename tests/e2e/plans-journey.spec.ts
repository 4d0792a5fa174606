import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect } from './support/harness';
import { openStore } from '../../main/services/store';

const TRAINING = 'ncac-forensic-interviewing-of-children';
const TRAINING_TITLE = 'Forensic Interviewing of Children Training';
const now = () => new Date('2026-06-01T12:00:00');

/** Two team members, planted in the data folder before the app opens. */
async function seedMembers(dir: string) {
  const store = await openStore({ dir });
  await store.update((d) => {
    d.members.push(
      { id: 'm-ana', name: 'Ana Diaz', role: 'Detective', agency: 'County Sheriff', audiences: ['law-enforcement'], active: true },
      { id: 'm-ben', name: 'Ben Lee', role: 'Forensic Interviewer', agency: 'Child Advocacy Center', audiences: ['forensic-interviewers'], active: true },
    );
  });
}

test('from a catalogue training to an exported plan: assign two members, record a completion, see progress and gaps change, export PDF, CSV and ICS', async ({ app, page }) => {
  await app.start({ path: `/catalogue/training/${TRAINING}`, prepare: seedMembers, now });

  // Add to a new plan from the training page.
  await page.getByRole('button', { name: 'Add to plan' }).click();
  await expect(page.getByLabel('Plan', { exact: true })).toHaveValue('__new__');
  await page.getByLabel('New plan name').fill('FY2026 Task Force Plan');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('status').getByRole('link', { name: 'FY2026 Task Force Plan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'FY2026 Task Force Plan' })).toBeVisible();
  const item = page.getByTestId('plan-item').first();
  await expect(item.getByRole('heading', { name: TRAINING_TITLE })).toBeVisible();

  // Assign both members and give the item a target date.
  await item.getByText(/Assign people/).click();
  await item.getByRole('checkbox', { name: 'Ana Diaz' }).check();
  await expect(item.getByText('Ana Diaz: Planned')).toBeVisible();
  await item.getByRole('checkbox', { name: 'Ben Lee' }).check();
  await expect(item.getByText('Ben Lee: Planned')).toBeVisible();
  await item.getByLabel('Target date').fill('2026-09-30');
  await item.getByLabel('Target date').blur();
  await expect.poll(() => app.services.store.data().plans[0]?.items[0]?.targetDate).toBe('2026-09-30');

  const figures = page.getByTestId('plan-figures');
  await expect(figures).toContainText('Done0 of 2');
  const matrix = page.getByRole('table', { name: /Who still needs which training/ });
  const anaRow = matrix.getByRole('row', { name: /Ana Diaz/ });
  await expect(anaRow.getByRole('cell')).toHaveText(['Planned']);

  // Record one completion (the team screen's channel), then come back to the plan.
  const recorded = await app.dispatch('completionsRecord', {
    memberIds: ['m-ana'],
    draft: { training: { kind: 'catalogue', trainingId: TRAINING }, completedOn: '2026-05-20', hours: 40 },
  });
  expect(recorded.ok).toBe(true);
  await page.reload();
  await expect(figures).toContainText('Done1 of 2');
  await expect(figures).toContainText('Complete50%');
  await expect(anaRow.getByRole('cell')).toHaveText(['Done']);
  await expect(matrix.getByRole('row', { name: /Ben Lee/ }).getByRole('cell')).toHaveText(['Planned']);
  await expect(page.getByTestId('member-progress').getByRole('row', { name: /Ana Diaz/ }).getByRole('cell')).toHaveText(['1', '0', '0']);
  await expect(item.getByText('Ana Diaz: Done (2026-05-20)')).toBeVisible();

  // Export all three formats to the paths the save dialog answers with.
  const out = app.dataDir;
  const paths = { pdf: join(out, 'plan.pdf'), csv: join(out, 'plan.csv'), ics: join(out, 'plan.ics') };
  const status = page.getByTestId('export-status');
  for (const [format, label] of [['pdf', 'Export PDF'], ['csv', 'Export CSV'], ['ics', 'Export to calendar']] as const) {
    app.dialogAnswers.save.push(paths[format]);
    await page.getByRole('button', { name: label }).click();
    await expect(status).toHaveText(`Saved ${paths[format]}`);
  }

  const pdf = await getDocumentProxy(new Uint8Array(await readFile(paths.pdf)));
  const { text } = await extractText(pdf, { mergePages: true });
  const pdfText = (text as string).replace(/\s+/g, ' ');
  expect(pdfText).toContain('FY2026 Task Force Plan');
  expect(pdfText).toContain('Ana Diaz: Done');
  expect(pdfText).toContain('Ben Lee: Planned');
  expect(pdfText).toMatch(/Page 1 of \d/);

  const csv = Papa.parse<Record<string, string>>((await readFile(paths.csv, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(csv.data.map((r) => [r['Member'], r['Progress'], r['Training']])).toEqual([
    ['Ana Diaz', 'Done', TRAINING_TITLE],
    ['Ben Lee', 'Planned', TRAINING_TITLE],
  ]);

  const ics = await readFile(paths.ics, 'utf8');
  expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:Training due: ${TRAINING_TITLE}`);
  expect(ics).toContain('DTSTART;VALUE=DATE:20260930');

  // A cancelled save dialog does nothing and says nothing alarming.
  app.dialogAnswers.save.push(null);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(status).toHaveText('');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
