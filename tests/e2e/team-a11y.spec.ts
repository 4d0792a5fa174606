import { readFileSync } from 'node:fs';
import { expectNoViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { test, expect } from './support/harness';
import { useSharedApp } from './support/shared-app';
import { savedTheme } from './support/saved-theme';
import type { Catalogue } from '../../shared/catalogue/schema';
import { csvFixture, seedDemoTeam, seedTeam } from './team-fixtures';

const catalogue: Catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));

// One screen or state per test, so a failure names the screen. The tests of one theme share one
// app (support/shared-app.ts): they only look, except the last, which deactivates a member.
const screens: [string, string][] = [
  ['/team', 'Team'],
  ['/team/members/m-0', 'Dana Reyes'],
  ['/team/members/m-0/edit', 'Edit Dana Reyes'],
  ['/team/members/new', 'Add a team member'],
  ['/team/record', 'Record a completed training'],
  ['/team/records', 'Training records'],
  ['/team/records/c-0', 'Edit training record'],
  ['/team/expiring', 'Expiring soon'],
  ['/team/import', 'Import training records'],
  ['/progress', 'Progress'],
];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe finds no violations on the Team, member, record, import and Progress screens (${theme})`, () => {
    const shared = useSharedApp({ prepare: savedTheme(theme, seedDemoTeam(catalogue.trainings)) });

    /** Opens `path` in the shared app, in this theme, and waits for its heading. */
    async function open(path: string, heading: string): Promise<Page> {
      const { page, visit } = shared();
      await visit(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      return page;
    }

    for (const [path, heading] of screens) {
      test(`${path} (${theme})`, async () => {
        const page = await open(path, heading);
        await expectNoViolations(page, path);
      });
    }

    // The states that appear on interaction.
    test(`record: training list open (${theme})`, async () => {
      const page = await open('/team/record', 'Record a completed training');
      await page.getByRole('combobox', { name: /^Catalogue training/ }).fill('child');
      await expect(page.getByRole('listbox', { name: 'Catalogue trainings' })).toBeVisible();
      await expectNoViolations(page, 'record: training list open');
    });

    test(`record: errors shown (${theme})`, async () => {
      const page = await open('/team/record', 'Record a completed training');
      await page.getByRole('button', { name: 'Record completion' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Please fix the following' })).toBeVisible();
      await expectNoViolations(page, 'record: errors shown');
    });

    test(`import: preview with errors (${theme})`, async () => {
      const page = await open('/team/import', 'Import training records');
      await page.getByLabel('File to import').setInputFiles(csvFixture('bad-dates.csv'));
      await expect(page.getByTestId('import-errors')).toBeVisible();
      await expectNoViolations(page, 'import: preview with errors');
    });

    test(`member: delete dialog (${theme})`, async () => {
      const page = await open('/team/members/m-1', 'Sam Lee');
      await page.getByRole('button', { name: 'Delete member…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'member: delete dialog');
    });

    // Last: it changes the data (the member is deactivated).
    test(`member: undo toast (${theme})`, async () => {
      const page = await open('/team/members/m-1', 'Sam Lee');
      await page.getByRole('button', { name: 'Deactivate' }).click();
      await expect(page.getByTestId('toast')).toBeVisible();
      await expectNoViolations(page, 'member: undo toast');
    });
  });
}

test('the empty Team and Progress screens have no violations either', async ({ app, page }) => {
  await app.start({ path: '/team' });
  await expect(page.getByRole('heading', { level: 2, name: 'No team members yet' })).toBeVisible();
  await expectNoViolations(page, '/team (empty)');
  await app.goto('/progress');
  await expect(page.getByRole('heading', { level: 2, name: 'No training records yet' })).toBeVisible();
  await expectNoViolations(page, '/progress (empty)');
});

test('records can be made with the keyboard alone', async ({ app, page }) => {
  await app.start({ path: '/team/record', prepare: seedTeam() });
  const training = catalogue.trainings.find((t) => t.hours !== undefined)!;
  const firstWord = training.title.split(' ').slice(0, 3).join(' ');

  await page.getByLabel('Filter members').focus();
  await page.keyboard.type('Sam');
  await page.keyboard.press('Tab'); // Show inactive members
  await page.keyboard.press('Tab'); // Select all shown
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 member selected')).toBeVisible();

  await page.getByRole('combobox', { name: /^Catalogue training/ }).focus();
  await page.keyboard.type(firstWord);
  await page.keyboard.press('ArrowDown');
  const options = page.getByRole('option');
  const index = await options.evaluateAll((els, title) => els.findIndex((e) => e.querySelector('.combobox__title')?.textContent === title), training.title);
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: /^Catalogue training/ })).toHaveAttribute('aria-activedescendant', /option/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#training-choice')).toContainText(`Chosen: ${training.title}`);
  await expect(page.getByLabel('Hours', { exact: true })).toHaveValue(String(training.hours));

  await page.getByLabel('Completed on').focus();
  await page.keyboard.type('04152026');
  await page.getByLabel('Certificate number').focus();
  await page.keyboard.type('KB-1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast')).toContainText(`Recorded “${training.title}” for 1 member.`);
  expect(app.services.store.data().completions.filter((c) => c.trainingId === training.id)).toEqual([
    expect.objectContaining({ memberId: 'm-sam', completedOn: '2026-04-15', certificateNumber: 'KB-1', hours: training.hours }),
  ]);

  // The member's history is one Tab stop; arrow keys move through it and Enter opens a record.
  const history = page.getByTestId('records-list');
  await history.getByRole('link').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(history.getByRole('link').last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit training record' })).toBeVisible();
});
