import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/harness';
import { DATA_FILE_NAME } from '../../main/services/store';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/user-data';
import { faultyFs } from '../support/faulty-fs';

const member = (id: string, name: string) => ({ id, name, role: 'Detective', agency: 'County SO', audiences: [], active: true });

test('a data file with one bad record starts with every other record and lists the bad one, which can be exported', async ({ app, page }) => {
  await app.start({
    path: '/',
    prepare: (dir) =>
      writeFile(
        join(dir, DATA_FILE_NAME),
        JSON.stringify({
          schemaVersion: CURRENT_SCHEMA_VERSION,
          settings: {},
          members: [member('m-1', 'Dana Reyes'), { id: 'm-broken', role: 'Detective' }, member('m-2', 'Sam Lee')],
          completions: [],
          plans: [],
          profiles: [],
        }),
      ),
  });

  const banner = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(banner).toContainText('1 record in your data file could not be used');
  await banner.getByRole('link', { name: 'See which records and why' }).click();
  const panel = page.locator('#data-problem');
  await expect(panel.getByRole('heading', { name: 'Some records could not be used' })).toBeVisible();
  const row = panel.getByRole('table', { name: 'Records set aside' }).getByRole('row').nth(1);
  await expect(row).toContainText('Team member 2');
  await expect(row).toContainText('m-broken');
  await expect(row).toContainText('name');
  await expect(row).toContainText('This field is missing');

  const exportTo = join(app.dataDir, '..', `set-aside-${Date.now()}.json`);
  app.dialogAnswers.save.push(exportTo);
  await panel.getByRole('button', { name: 'Export the set-aside records…' }).click();
  await expect(panel).toContainText(`Saved the set-aside records to ${exportTo}`);
  expect(JSON.parse(await readFile(exportTo, 'utf8')).records[0]).toMatchObject({ list: 'members', id: 'm-broken', record: { id: 'm-broken', role: 'Detective' } });

  // The two valid members are on the Team screen.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByText('Dana Reyes')).toBeVisible();
  await expect(page.getByText('Sam Lee')).toBeVisible();
});

test('a failed save raises the "Changes are not being saved" banner, and Try again clears it once the disk has room', async ({ app, page }) => {
  const faults = faultyFs();
  await app.start({ path: '/settings', store: { fs: faults.fs, renameDelaysMs: [1, 2], readDelaysMs: [1, 2] } });
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(() => app.services.store.data().settings.theme).toBe('dark');

  faults.inject({ op: 'writev', code: 'ENOSPC', times: Infinity, file: (name) => name.startsWith('.tta-navigator-data.json.') });
  // A click, not check(): the refused change must leave the radio where the saved data has it.
  await page.getByRole('radio', { name: 'Light' }).click();
  // The app-wide banner (the settings panel also says its own change failed).
  const banner = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Try again' }) });
  await expect(banner).toContainText('Changes are not being saved: the disk is full');
  await expect(banner).toContainText('Nothing you change now is kept until this is fixed.');
  // Nothing changed: the screen, memory and disk still hold the last saved theme.
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(app.services.store.data().settings.theme).toBe('dark');
  expect(JSON.parse((await app.readDataFile(join(app.dataDir, DATA_FILE_NAME)))!).settings.theme).toBe('dark');

  // Still full: Try again says so and the banner stays.
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toContainText('Still not saved');

  faults.clear();
  await banner.getByRole('button', { name: 'Try again' }).click();
  await expect(banner).toHaveCount(0);
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(async () => JSON.parse((await app.readDataFile(join(app.dataDir, DATA_FILE_NAME)))!).settings.theme).toBe('light');
});
