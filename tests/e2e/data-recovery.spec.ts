import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/harness';
import { openStore, DATA_FILE_NAME } from '../../main/services/store';

const CORRUPT = '{"schemaVersion":1,"settings":{"theme":"da';

test('a corrupted data file at start shows the notice, the app still works, and restore brings the backup back', async ({ app, page }) => {
  await app.start({
    path: '/settings',
    prepare: async (dir) => {
      // A good session: the user picked dark theme; the next start backs that file up.
      const first = await openStore({ dir });
      await first.update((d) => {
        d.settings.theme = 'dark';
        d.settings.expiryWarningDays = 60;
      });
      await openStore({ dir });
      // Then the file is damaged (a crash of another tool, a bad sync, a disk error).
      await writeFile(join(dir, DATA_FILE_NAME), CORRUPT);
    },
  });

  await expect(page.getByRole('alert').first()).toContainText('Your data file could not be opened');
  const panel = page.locator('#data-problem');
  await expect(panel).toContainText('is not valid JSON');
  await expect(panel).toContainText('tta-navigator-data.damaged-');

  // The damaged file was moved aside intact (encrypted at rest like every file of the folder).
  const names = await readdir(app.dataDir);
  const damaged = names.find((n) => n.startsWith('tta-navigator-data.damaged-'));
  expect(damaged).toBeDefined();
  expect(await app.readDataFile(join(app.dataDir, damaged!))).toBe(CORRUPT);
  expect((await readFile(join(app.dataDir, damaged!), 'utf8')).includes('schemaVersion')).toBe(false);

  // The app still works on empty data: a setting can be changed and saved.
  await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(() => app.services.store.data().settings.theme).toBe('light');

  await page.getByRole('button', { name: 'Restore the newest good backup' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(app.services.store.data().settings.expiryWarningDays).toBe(60);
  const onDisk = JSON.parse((await app.readDataFile(join(app.dataDir, DATA_FILE_NAME)))!);
  expect(onDisk.settings.theme).toBe('dark');
  // The quarantined file is still there after the restore.
  expect(await app.readDataFile(join(app.dataDir, damaged!))).toBe(CORRUPT);
});
