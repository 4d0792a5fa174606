import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect } from './support/harness';

const run = promisify(execFile);
const now = () => new Date('2026-06-01T12:00:00');
const TRAINING_TITLE = 'Child Sex Trafficking: Law Enforcement Response';
const TRAINING_LINK = 'https://ncjtc.fvtc.edu/training/details/TR00000104/child-sex-trafficking-law-enforcement-response';
const RESOURCE_TITLE = 'National Strategy to Combat Human Trafficking';
const RESOURCE_LINK = 'https://www.justice.gov/usao-nh/pr/attorney-general-merrick-b-garland-announces-justice-department-strategy-combat-human';

/** Fills the Add module form (the last module form on the page) and submits it. */
async function addModule(
  page: Page,
  m: { title: string; minutes: string; method: string; presenter: string; objectives: string; materials: ({ kind: 'training' | 'resource'; title: string } | { kind: 'custom'; title: string; link?: string; note?: string })[] },
) {
  const form = page.locator('form.module-form').last();
  await form.getByLabel('Module title').fill(m.title);
  await form.getByLabel('Minutes').fill(m.minutes);
  await form.getByLabel('Method').selectOption({ label: m.method });
  await form.getByLabel('Presenter').fill(m.presenter);
  await form.getByLabel('Module objectives').fill(m.objectives);
  for (const mat of m.materials) {
    if (mat.kind === 'custom') {
      await form.getByLabel('Add a material').selectOption('custom');
      await form.getByLabel('Material title').fill(mat.title);
      if (mat.link) await form.getByLabel('Link (https)').fill(mat.link);
      if (mat.note) await form.getByLabel('Note').fill(mat.note);
    } else {
      await form.getByLabel('Add a material').selectOption(mat.kind);
      await form.getByLabel(mat.kind === 'training' ? 'Training' : 'Resource', { exact: true }).selectOption({ label: mat.title });
    }
    await form.getByRole('button', { name: 'Add material' }).click();
    await expect(form.locator('.materials__list li').filter({ hasText: mat.title })).toBeVisible();
  }
  await form.getByRole('button', { name: 'Add module' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Added the module “${m.title}”.` })).toBeVisible();
}

test('a trainer builds a curriculum from catalogue and custom materials, reorders it, schedules two days and exports the agenda', async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.start({ path: '/', now });
  await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Trainers' }).or(page.getByRole('link', { name: 'Trainers', exact: true })).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Curricula' })).toBeVisible();

  // A form problem says what and where.
  await page.getByRole('button', { name: 'New curriculum' }).click();
  await page.getByRole('button', { name: 'Create curriculum' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter the curriculum’s title' })).toBeVisible();

  await page.getByLabel('Title').fill('Child Sex Trafficking for Patrol');
  await page.getByLabel('Purpose').fill('Help patrol officers recognise and respond to child sex trafficking.');
  await page.getByRole('checkbox', { name: 'Law enforcement' }).check();
  await page.getByLabel('Format').selectOption({ label: 'In person' });
  await page.getByLabel('Total length: hours').fill('3');
  await page.getByLabel('and minutes').fill('0');
  await page.getByLabel('Learning objectives').fill('Recognise indicators; make a safe first contact.');
  await page.getByRole('button', { name: 'Create curriculum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Child Sex Trafficking for Patrol' })).toBeVisible();

  await addModule(page, {
    title: 'Traffic stop case study',
    minutes: '60',
    method: 'Case study',
    presenter: 'Det. Sam Park',
    objectives: 'Walk through a stop that became a rescue.',
    materials: [
      { kind: 'resource', title: RESOURCE_TITLE },
      { kind: 'custom', title: 'Case file handout', note: 'Printed, one per table' },
    ],
  });
  await addModule(page, {
    title: 'Indicators on patrol',
    minutes: '90',
    method: 'Presentation',
    presenter: 'Sgt. Maria Lopez',
    objectives: 'Name five indicators of child sex trafficking.',
    materials: [{ kind: 'training', title: TRAINING_TITLE }],
  });
  const modules = page.getByTestId('curriculum-module');
  await expect(modules).toHaveCount(2);
  await expect(page.getByTestId('length-warning')).toHaveCount(0);
  await addModule(page, {
    title: 'Role play: first contact',
    minutes: '45',
    method: 'Practicum',
    presenter: 'Sgt. Maria Lopez',
    objectives: 'Practise a first conversation.',
    materials: [{ kind: 'custom', title: 'Scenario cards', link: 'https://example.org/scenarios' }],
  });
  // 195 minutes of modules in a stated 3 hours.
  await expect(page.getByTestId('length-warning')).toHaveText('The modules take 3 h 15 min, 15 min more than the stated length of 3 h.');
  // The audiences the catalogue materials were written for, those outside the curriculum's marked.
  const audiences = page.getByTestId('material-audiences');
  await expect(audiences.getByRole('listitem').filter({ hasText: 'Law enforcement: 2 materials' })).not.toContainText('Not in this curriculum');
  await expect(audiences.getByRole('listitem').filter({ hasText: 'Prosecutors: 2 materials' })).toContainText('Not in this curriculum’s audiences');

  // Reorder: keyboard on the handle, then drag.
  const order = () => app.services.store.data().curricula[0]!.modules.map((m) => m.title);
  await page.getByRole('button', { name: /^Reorder Indicators on patrol/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('reorder-announcement')).toHaveText('Moved “Indicators on patrol” to position 1 of 3.');
  await expect.poll(order).toEqual(['Indicators on patrol', 'Traffic stop case study', 'Role play: first contact']);
  await expect(page.getByRole('button', { name: /^Reorder Indicators on patrol/ })).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.getByRole('button', { name: /^Reorder Role play: first contact/ }).dragTo(modules.nth(1).getByRole('heading'));
  await expect.poll(order).toEqual(['Indicators on patrol', 'Role play: first contact', 'Traffic stop case study']);
  await page.getByRole('button', { name: /^Reorder Role play: first contact/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(order).toEqual(['Indicators on patrol', 'Traffic stop case study', 'Role play: first contact']);

  // Remove a module, then Undo.
  await page.getByRole('button', { name: 'Remove Role play: first contact' }).click();
  await expect(modules).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(modules).toHaveCount(3);

  // Schedule over two days: 09:00 module 1, a coffee break, module 2; day 2 at 13:30 module 3.
  await page.getByRole('button', { name: 'Add a day' }).click();
  const day1 = page.getByTestId('schedule-day').nth(0);
  await day1.getByLabel('Date').fill('2026-09-15');
  await expect.poll(() => app.services.store.data().curricula[0]!.days[0]?.date).toBe('2026-09-15');
  await day1.getByLabel('Place a module').selectOption({ label: 'Indicators on patrol (1 h 30 min)' });
  await day1.getByRole('button', { name: 'Place module' }).click();
  await day1.getByLabel('Break name').fill('Coffee');
  await day1.getByLabel('Break minutes').fill('15');
  await day1.getByRole('button', { name: 'Add break' }).click();
  await day1.getByLabel('Place a module').selectOption({ label: 'Traffic stop case study (1 h)' });
  await day1.getByRole('button', { name: 'Place module' }).click();
  await expect(day1.locator('.schedule-entry__time')).toHaveText(['09:00–10:30', '10:30–10:45', '10:45–11:45']);
  await expect(page.getByTestId('unscheduled')).toContainText('3. Role play: first contact');

  await page.getByRole('button', { name: 'Add a day' }).click();
  const day2 = page.getByTestId('schedule-day').nth(1);
  await expect(day2.getByLabel('Date')).toHaveValue('2026-09-16');
  await day2.getByLabel('Starts at').fill('13:30');
  await expect.poll(() => app.services.store.data().curricula[0]!.days[1]?.start).toBe('13:30');
  await day2.getByLabel('Place a module').selectOption({ label: 'Role play: first contact (45 min)' });
  await day2.getByRole('button', { name: 'Place module' }).click();
  await expect(day2.locator('.schedule-entry__time')).toHaveText(['13:30–14:15']);
  await expect(page.getByTestId('unscheduled')).toHaveCount(0);

  // Export the agenda three ways.
  const paths = { pdf: join(app.dataDir, 'agenda.pdf'), csv: join(app.dataDir, 'agenda.csv'), ics: join(app.dataDir, 'agenda.ics') };
  const status = page.getByTestId('export-status');
  for (const [format, label] of [['pdf', 'Export agenda PDF'], ['csv', 'Export agenda CSV'], ['ics', 'Export to calendar']] as const) {
    app.dialogAnswers.save.push(paths[format]);
    await page.getByRole('button', { name: label }).click();
    await expect(status).toHaveText(`Saved ${paths[format]}`);
  }

  // Read the PDF back with pdftotext: times, module order, materials with links, page count.
  const { stdout: text } = await run('pdftotext', ['-layout', paths.pdf, '-']);
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  const { stdout: info } = await run('pdfinfo', [paths.pdf]);
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toHaveLength(pageCount);
  pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pageCount}`));
  const flat = text.replace(/\s+/g, ' ');
  expect(flat).toContain('Day 1 · Sep 15, 2026 · 09:00–11:45');
  expect(flat).toContain('Day 2 · Sep 16, 2026 · 13:30–14:15');
  const sequence = ['09:00–10:30', '1. Indicators on patrol', '10:30–10:45', 'Coffee', '10:45–11:45', '2. Traffic stop case study', '13:30–14:15', '3. Role play: first contact', 'Each catalogue item links to its page'];
  const at = sequence.map((s) => flat.indexOf(s));
  expect(at.every((i) => i >= 0), `all of ${sequence.join(' | ')} in the PDF`).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(flat).toContain('Sgt. Maria Lopez');
  expect(flat).toContain('Name five indicators of child sex trafficking.');
  for (const s of [TRAINING_TITLE, TRAINING_LINK, RESOURCE_TITLE, 'https://example.org/scenarios', 'Printed, one per table']) expect(flat).toContain(s);
  // The resource's link may wrap inside its column; its start is enough to find it.
  expect(flat).toContain(RESOURCE_LINK.slice(0, 40));

  const csv = Papa.parse<string[]>((await readFile(paths.csv, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  expect(csv.slice(1).map((r) => `${r[2]} ${r[3]}-${r[4]} ${r[8]}`)).toEqual([
    '2026-09-15 09:00-10:30 Indicators on patrol',
    '2026-09-15 10:30-10:45 Coffee',
    '2026-09-15 10:45-11:45 Traffic stop case study',
    '2026-09-16 13:30-14:15 Role play: first contact',
  ]);
  const ics = await readFile(paths.ics, 'utf8');
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  expect(ics).toContain('DTSTART:20260916T133000');

  // Duplicate from the list, and start a new curriculum from this one.
  await page.getByRole('link', { name: '← All curricula' }).click();
  await page.getByRole('button', { name: 'Duplicate Child Sex Trafficking for Patrol' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Made a copy: “Child Sex Trafficking for Patrol (copy)”.' })).toBeVisible();
  await page.getByRole('button', { name: 'New curriculum' }).click();
  await page.getByLabel('Start from').selectOption({ label: 'Child Sex Trafficking for Patrol' });
  await page.getByLabel('Title').fill('CST for School Resource Officers');
  await page.getByRole('button', { name: 'Create curriculum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CST for School Resource Officers' })).toBeVisible();
  await expect(page.getByTestId('curriculum-module')).toHaveCount(3);
  expect(app.services.store.data().curricula.map((c) => c.title)).toEqual([
    'Child Sex Trafficking for Patrol',
    'Child Sex Trafficking for Patrol (copy)',
    'CST for School Resource Officers',
  ]);
});
