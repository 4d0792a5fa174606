import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/harness';
import { openStore } from '../../main/services/store';
import type { Completion, Member } from '../../shared/model/team';
import { daysFromToday } from './team-fixtures';

const MEMBERS = 1000;
const COMPLETIONS = 100_000;

/** 1,000 members and 100,000 completions, the scale the issue names. */
async function seedLargeTeam(dir: string) {
  const store = await openStore({ dir });
  const members: Member[] = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `m-${i}`,
    name: `Member ${String(i).padStart(4, '0')}`,
    role: i % 2 ? 'Detective' : 'Prosecutor',
    agency: `Agency ${i % 40}`,
    audiences: [i % 2 ? 'law-enforcement' : 'prosecutors'],
    active: i % 50 !== 0,
  }));
  const completions: Completion[] = Array.from({ length: COMPLETIONS }, (_, i) => ({
    id: `c-${i}`,
    memberId: `m-${i % MEMBERS}`,
    custom: { title: `Course ${i % 300}`, provider: 'Academy' },
    completedOn: daysFromToday(-(i % 900) - 1),
    hours: (i % 8) + 1,
    ...(i % 4 === 0 ? { validForMonths: 24 } : {}),
    createdAt: '2026-01-01T00:00:00.000Z',
  }));
  await store.update((d) => {
    d.members = members;
    d.completions = completions;
  });
}

test('with 1,000 members and 100,000 records the lists are virtualised and saves still work', async ({ app, page }) => {
  test.setTimeout(600_000);
  await app.start({ path: '/team/records', prepare: seedLargeTeam });
  await expect(page.getByText('100,000 records shown of 100,000')).toBeVisible({ timeout: 240_000 });
  // Only the rows in view exist in the page.
  const rendered = await page.getByTestId('records-list').locator('li').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(60);
  await expect(page.getByTestId('records-list').locator('li').first()).toHaveAttribute('aria-setsize', '100000');

  // Keyboard End reaches the last of 100,000 rows.
  await page.getByTestId('records-list').getByRole('link').first().focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('records-list').locator('li[aria-posinset="100000"] a')).toBeFocused();

  await page.getByRole('combobox', { name: 'Status' }).selectOption('within-90');
  await expect(page.getByText(/records shown of 100,000/)).toBeVisible();

  await app.goto('/team');
  await expect(page.getByText('980 members shown')).toBeVisible();
  expect(await page.getByTestId('members-list').locator('li').count()).toBeLessThan(40);
  await page.getByRole('searchbox', { name: 'Find a member' }).fill('Member 0777');
  await page.getByTestId('members-list').getByRole('link', { name: 'Member 0777' }).click();
  await expect(page.getByText('100 records shown of 100')).toBeVisible();

  // A save with 100,000 records on file: the new record shows and is on disk.
  await page.getByRole('link', { name: 'Record completion' }).click();
  await page.getByRole('radio', { name: 'Outside the catalogue' }).check();
  await page.getByLabel('Training title').fill('Scale Test Course');
  await page.getByLabel('Hours', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect(page.getByTestId('toast')).toContainText('Recorded “Scale Test Course” for 1 member.');
  await expect(page.getByText('101 records shown of 101')).toBeVisible();
  expect(app.services.store.data().completions).toHaveLength(COMPLETIONS + 1);

  await app.goto('/progress');
  await expect(page.getByTestId('chart-members')).toBeVisible();
  await expect(page.getByRole('table', { name: /Training hours per member/ }).getByRole('row')).toHaveCount(16);
});

test('a 50,000-row CSV imports through the screen, with a progress bar while its rows are checked', async ({ app, page }) => {
  test.setTimeout(600_000);
  await app.start({ path: '/team/import' });
  const lines = ['Learner,Email,Course,Completion Date,Credit Hours'];
  for (let i = 0; i < 50_000; i++) lines.push(`Person ${i % 250},p${i % 250}@example.gov,Course ${i % 120},${(i % 12) + 1}/${(i % 28) + 1}/${2020 + (i % 6)},${(i % 8) + 1}`);
  const path = join(app.dataDir, 'lms-export-50k.csv');
  await writeFile(path, `\uFEFF${lines.join('\r\n')}\r\n`);

  // Note every progress value the page shows while checking.
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: string[] };
    w.progressSeen = [];
    new MutationObserver(() => {
      const bar = document.querySelector<HTMLProgressElement>('#import-progress');
      if (bar) w.progressSeen.push(`${bar.value}/${bar.max}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByLabel('File to import').setInputFiles(path);
  await page.getByRole('checkbox', { name: 'Create members who are not on the team yet' }).check();
  const button = page.getByRole('button', { name: /^Import [\d,]+ records$/ });
  await expect(button).toBeEnabled({ timeout: 240_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((s) => /^\d+\/50000$/.test(s) && Number(s.split('/')[0]) > 0 && Number(s.split('/')[0]) < 50_000)).toBe(true);
  await expect(page.getByText('250 new members')).toBeVisible();

  const label = (await button.textContent())!;
  const count = Number(label.replace(/\D/g, ''));
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${count.toLocaleString('en-US')} records from lms-export-50k.csv and added 250 members` })).toBeVisible({ timeout: 240_000 });
  expect(app.services.store.data().completions).toHaveLength(count);
  expect(app.services.store.data().members).toHaveLength(250);
});
