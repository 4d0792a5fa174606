import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect } from './support/harness';
import { savedTheme } from './support/saved-theme';
import { expectNoViolations } from './support/axe';
import { seedTeam } from './team-fixtures';

const PDF = Buffer.from('%PDF-1.4\n% Certificate of completion, Dana Reyes, CPR and First Aid\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('attach a certificate to a record, open it, export the member’s certificates as a ZIP and read it back; a file that is not a certificate is refused by name', async ({ app, page }) => {
  await app.start({ path: '/team/records/c-soon', prepare: seedTeam() });
  await expect(page.getByRole('heading', { level: 1, name: 'Edit training record' })).toBeVisible();
  const section = page.getByTestId('certificate');
  await expect(section).toContainText('No certificate file attached.');

  const notes = join(app.dataDir, `notes-${Date.now()}.pdf`);
  await writeFile(notes, 'meeting notes, not a certificate');
  app.dialogAnswers.open.push(notes);
  await section.getByRole('button', { name: 'Attach certificate…' }).click();
  await expect(page.getByTestId('toast')).toContainText(/is not a PDF or an image/);
  await expect(page.getByTestId('toast')).toContainText('notes-');

  const pdf = join(app.dataDir, `cpr-certificate-${Date.now()}.pdf`);
  await writeFile(pdf, PDF);
  app.dialogAnswers.open.push(pdf);
  await section.getByRole('button', { name: 'Attach certificate…' }).click();
  await expect(section).toContainText(/cpr-certificate-\d+\.pdf \(PDF, 1 KB\) is kept with this record/);
  await section.getByRole('button', { name: 'Open certificate' }).click();
  await expect(page.getByTestId('toast')).toContainText('in your viewer');
  expect(app.viewerOpened.map((v) => v.bytes.equals(PDF))).toEqual([true]);

  await page.getByRole('link', { name: '← Dana Reyes' }).click();
  await expect(page.getByText('Certificate on file')).toBeVisible();
  const zip = join(app.dataDir, `certificates-${Date.now()}.zip`);
  app.dialogAnswers.save.push(zip);
  await page.getByRole('button', { name: 'Export certificates (ZIP)' }).click();
  await expect(page.getByTestId('toast')).toContainText('Saved 1 certificate to');
  await expect(page.getByTestId('toast')).toContainText('Exported files are not encrypted');
  const entries = unzipSync(await readFile(zip));
  expect(Object.keys(entries)).toEqual([expect.stringMatching(/^Dana Reyes\/\d{4}-\d\d-\d\d CPR and First Aid\.pdf$/)]);
  expect(Buffer.from(Object.values(entries)[0]!).equals(PDF)).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on a record with a certificate and with none (${theme})`, async ({ app, page }) => {
    await app.start({ path: '/team/records/c-soon', prepare: savedTheme(theme, seedTeam()) });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const section = page.getByTestId('certificate');
    await expect(section).toContainText('No certificate file attached.');
    await expectNoViolations(page, 'record without a certificate');
    const pdf = join(app.dataDir, `a11y-${theme}-${Date.now()}.pdf`);
    await writeFile(pdf, PDF);
    app.dialogAnswers.open.push(pdf);
    await section.getByRole('button', { name: 'Attach certificate…' }).click();
    await expect(section.getByRole('button', { name: 'Open certificate' })).toBeVisible();
    await expectNoViolations(page, 'record with a certificate');
  });
}
