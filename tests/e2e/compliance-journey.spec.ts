import { expectNoViolations } from './support/axe';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, type AppHarness } from './support/harness';
import type { ChannelInput, ChannelName } from '../../shared/api';


async function call<C extends ChannelName>(app: AppHarness, channel: C, input: ChannelInput<C>) {
  const envelope = await app.dispatch(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as never;
}

/** A PDF read back as poppler reads it: its text (layout kept per line) and its page count. */
function readPdf(path: string): { text: string; pages: number } {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  return { text: text.replace(/[ \t]+/g, ' '), pages };
}

const readCsv = async (path: string): Promise<string[][]> => Papa.parse<string[]>((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** The status text of a member's cell under a requirement heading (icon + words + date). */
async function cellText(page: Page, member: string, column: number): Promise<string> {
  const row = page.getByTestId('compliance-row').filter({ has: page.getByRole('rowheader', { name: new RegExp(member) }) });
  return (await row.getByRole('cell').nth(column).innerText()).replace(/\s+/g, ' ').trim();
}

test('define a profile with three kinds of requirement, then watch the matrix follow completions, the date and a change of role', async ({ app, page }) => {
  test.setTimeout(420_000);
  app.setToday('2026-03-01');
  await app.start({ path: '/' });
  const [t1, t2] = app.services.catalogue.current().trainings;
  const dana = (await call(app, 'memberCreate', { name: 'Dana Reyes', role: 'Detective', joinedOn: '2025-01-01' })) as { id: string };
  const sam = (await call(app, 'memberCreate', { name: 'Sam Lee', role: 'Analyst' })) as { id: string };
  await page.reload();

  // Define the profile through the form.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
  await page.getByRole('link', { name: 'Add a requirement profile' }).click();
  await page.getByLabel('Profile name').fill('ICAC investigator');
  await page.getByLabel('By role (separate with commas)').fill('Detective');
  await page.getByRole('button', { name: 'Add “take a training”' }).click();
  await page.getByLabel('Requirement 1: add a catalogue training').selectOption(t1!.id);
  await page.getByRole('button', { name: 'Add training' }).click();
  await page.getByRole('button', { name: 'Add “recurring training”' }).click();
  await page.getByLabel('Requirement 2: add a catalogue training').selectOption(t2!.id);
  await page.getByRole('button', { name: 'Add training' }).nth(1).click();
  await page.getByLabel('Requirement 2: months', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Add “hours”' }).click();
  await page.getByLabel('Requirement 3: name').fill('Annual hours');
  // A bad value is named with its requirement and field, and nothing is saved.
  await page.getByLabel('Requirement 3: hours needed').fill('0');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-problems')).toContainText('Requirement 3, hours: Ask for at least half an hour');
  expect(app.services.store.data().profiles).toEqual([]);
  await page.getByLabel('Requirement 3: hours needed').fill('8');
  await expectNoViolations(page, 'profile editor');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requirement profiles' })).toBeVisible();
  await expect(page.getByTestId('profile-card')).toContainText('At least 8 hours in each calendar year.');
  const saved = app.services.store.data().profiles[0]!;
  expect(saved.requirements.map((r) => r.kind)).toEqual(['training', 'recurring', 'hours']);
  await expectNoViolations(page, 'profiles');

  // Nothing recorded yet: Dana has not started anything; Sam (Analyst) is not covered.
  await page.getByRole('navigation', { name: 'Compliance' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByTestId('requirement-heading')).toHaveCount(3);
  expect(await cellText(page, 'Dana Reyes', 1)).toBe('○ Not started');
  expect(await cellText(page, 'Sam Lee', 1)).toBe('– Not applicable');
  await expect(page.getByTestId('compliance-summary')).toContainText('0 people overdue');

  // Recorded through the screens (from the training's page): valid 12 months, 8 hours.
  await app.goto(`/catalogue/training/${t1!.id}`);
  await page.getByRole('link', { name: 'Record completion' }).click();
  await expect(page.locator('#training-choice')).toContainText(`Chosen: ${t1!.title}`);
  await page.getByRole('checkbox', { name: 'Dana Reyes' }).check();
  await page.getByLabel('Completed on').fill('2026-02-15');
  await page.getByLabel('Hours', { exact: true }).fill('8');
  await page.getByLabel('Valid for (months)').fill('12');
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect.poll(() => app.services.store.data().completions.length, { timeout: 60_000 }).toBe(1);
  // And an older recurring course, through the channel as an import would.
  await call(app, 'completionsRecord', { memberIds: [dana.id], draft: { training: { kind: 'catalogue', trainingId: t2!.id }, completedOn: '2025-02-20', hours: 2 } });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
  await expect(page.getByTestId('compliance-summary')).toContainText('1 person overdue');
  expect(await cellText(page, 'Dana Reyes', 1)).toBe('✓ Current until Feb 15, 2027');
  expect(await cellText(page, 'Dana Reyes', 2)).toBe('✕ Overdue since Feb 21, 2026');
  expect(await cellText(page, 'Dana Reyes', 3)).toBe('✓ Current until Dec 31, 2027');
  await expectNoViolations(page, 'matrix');

  // The drill-down says what satisfies each requirement and what is missing, with Add to plan.
  await page.getByRole('link', { name: 'Dana Reyes' }).click();
  const recurring = page.getByTestId('member-requirement').nth(1);
  await expect(recurring).toContainText('Overdue');
  await expect(recurring).toContainText('Last completed');
  await expect(recurring.getByRole('button', { name: 'Add to plan' })).toBeVisible();
  await expect(page.getByTestId('member-requirement').nth(2)).toContainText('8 hours of 8 hours counted from Jan 1, 2026 to Dec 31, 2026');
  await expectNoViolations(page, 'member drill-down');

  // Dates pass: by 10 January 2027 the training certificate is due soon and 2027's hours are not yet done.
  app.setToday('2027-01-10');
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
  expect(await cellText(page, 'Dana Reyes', 1)).toBe('◔ Due soon due by Feb 15, 2027');
  expect(await cellText(page, 'Dana Reyes', 3)).toBe('✓ Current until Dec 31, 2027');
  // Start and Team show the same figures.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Start' }).click();
  await expect(page.getByTestId('due-figures')).toContainText('1 person overdue, 0 people due soon');

  // Sam becomes a detective: the profile now applies to him.
  await call(app, 'memberUpdate', { id: sam.id, fields: { name: 'Sam Lee', role: 'Detective' } });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
  expect(await cellText(page, 'Sam Lee', 1)).toBe('○ Not started');
  await page.getByLabel('Status').selectOption('not-started');
  await expect(page.getByTestId('compliance-row')).toHaveCount(1);
  await expect(page.getByTestId('compliance-row')).toContainText('Sam Lee');

  // The daily digest in the frame says what is due on main's today.
  const digest = page.getByTestId('reminder-digest');
  await expect(digest).toContainText('Training due, Jan 10, 2027');
  await expect(digest).toContainText(`Dana Reyes: ${t2!.title} — overdue since Feb 21, 2026`);

  // Export the compliance report (PDF and CSV) and read both back.
  await page.getByLabel('Status').selectOption('');
  const out = app.dataDir;
  const status = page.getByTestId('export-status');
  const paths = { report: join(out, 'report.pdf'), matrix: join(out, 'matrix.csv'), transcript: join(out, 'transcript.pdf'), reminders: join(out, 'reminders.csv') };
  app.dialogAnswers.save.push(paths.report);
  await page.getByRole('button', { name: 'Compliance report (PDF)' }).click();
  await expect(status).toHaveText(`Saved ${paths.report}`);
  const report = readPdf(paths.report);
  expect(report.pages).toBeGreaterThanOrEqual(1);
  expect(report.text).toContain(`Page ${report.pages} of ${report.pages}`);
  expect(report.text).toContain('Who is current on Jan 10, 2027');
  expect(report.text).toContain('Applies to: active members by role Detective');
  expect(report.text).toContain('At least 8 hours in each calendar year.');
  expect(report.text).toMatch(/Dana Reyes[\s\S]*Sam Lee/);

  app.dialogAnswers.save.push(paths.matrix);
  await page.getByRole('button', { name: 'Matrix (CSV)' }).click();
  await expect(status).toHaveText(`Saved ${paths.matrix}`);
  const matrix = await readCsv(paths.matrix);
  expect(matrix[0]![0]).toContain('status on 2027-01-10');
  const recurringColumn = matrix[0]!.indexOf(`ICAC investigator: ${t2!.title}`);
  expect(matrix.find((r) => r[0] === 'Dana Reyes')!.slice(recurringColumn, recurringColumn + 2)).toEqual(['Overdue', '2026-02-21']);
  expect(matrix.find((r) => r[0] === 'Sam Lee')![recurringColumn]).toBe('Not started');

  // Reminders for a mail merge: Dana's overdue course and her certificate falling due.
  app.dialogAnswers.save.push(paths.reminders);
  await page.getByRole('button', { name: 'Export reminders for mail merge (CSV)' }).click();
  await expect(status).toHaveText(`Saved ${paths.reminders}`);
  expect((await readCsv(paths.reminders)).slice(1).map((r) => [r[0], r[6], r[7]])).toEqual([
    ['Dana Reyes', 'Overdue', '2026-02-20'],
    ['Dana Reyes', 'Due soon', '2027-02-15'],
  ]);

  // Dana's transcript from her drill-down.
  await page.getByTestId('compliance-row').getByRole('link', { name: 'Dana Reyes' }).click();
  app.dialogAnswers.save.push(paths.transcript);
  await page.getByRole('button', { name: 'Transcript (PDF)' }).click();
  await expect(page.getByTestId('export-status')).toHaveText(`Saved ${paths.transcript}`);
  const transcript = readPdf(paths.transcript);
  expect(transcript.text).toContain(`Page 1 of ${transcript.pages}`);
  expect(transcript.text).toContain('TRAINING TRANSCRIPT');
  expect(transcript.text).toContain('Detective · joined Jan 1, 2025');
  expect(transcript.text).toContain('Feb 15, 2026');
  expect(transcript.text).toContain('Feb 15, 2027'); // the certificate's expiry
  expect(transcript.text).toContain('Requirements on Jan 10, 2027');
  expect(transcript.text).toMatch(/Annual hours +Current/);
  expect(transcript.text).toContain('I attest that this transcript is a true and complete copy of the training records held for Dana Reyes on Jan 10, 2027.');
  await expectNoViolations(page, 'member drill-down with transcript export');
});
