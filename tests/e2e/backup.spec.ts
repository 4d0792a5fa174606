import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/harness';
import { openStore, DATA_FILE_NAME } from '../../main/services/store';

async function seed(dir: string) {
  const store = await openStore({ dir });
  await store.update((d) => {
    d.settings.theme = 'dark';
    d.members.push({ id: 'm-ana', name: 'Ana Diaz', role: 'Detective', agency: '', audiences: ['law-enforcement'], active: true });
  });
}

test('backup of all data to a file, then restore: a damaged file is refused with its problem named and nothing changes; a good one brings the data back', async ({ app, page }) => {
  await app.start({ path: '/settings', prepare: seed });
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Backup and restore' }) });
  const backup = join(app.dataDir, 'my-backup.json');

  app.dialogAnswers.save.push(backup);
  await panel.getByRole('button', { name: 'Save a backup…' }).click();
  await expect(panel.getByTestId('data-transfer-status')).toHaveText(`Saved a backup of all your data to ${backup}.`);
  expect(JSON.parse(await readFile(backup, 'utf8')).members[0].name).toBe('Ana Diaz');

  // The data changes after the backup.
  await app.services.store.update((d) => {
    d.members = [];
    d.settings.theme = 'light';
  });

  // A damaged copy is refused and leaves the data file exactly as it was.
  const damaged = join(app.dataDir, 'damaged-backup.json');
  const broken = JSON.parse(await readFile(backup, 'utf8'));
  broken.members[0].audiences = ['Not A Slug'];
  await writeFile(damaged, JSON.stringify(broken));
  const before = await readFile(join(app.dataDir, DATA_FILE_NAME), 'utf8');
  app.dialogAnswers.open.push(damaged);
  await panel.getByRole('button', { name: 'Restore from a backup…' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('damaged-backup.json has invalid data: members[0].audiences[0]');
  await expect(alert).toContainText('Nothing was changed.');
  expect(await readFile(join(app.dataDir, DATA_FILE_NAME), 'utf8')).toBe(before);

  // Cancelling the dialog does nothing and shows nothing alarming.
  await panel.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByTestId('data-transfer-status')).toHaveText('');

  app.dialogAnswers.open.push(backup);
  await panel.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(panel.getByTestId('data-transfer-status')).toContainText('Restored 1 member, 0 completions and 0 plans from my-backup.json.');
  expect(app.services.store.data().members.map((m) => m.name)).toEqual(['Ana Diaz']);
  // Settings came back too, and the screen shows them.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('the Backup menu command opens Settings at the backup panel', async ({ app, page }) => {
  await app.start({ path: '/' });
  await app.sendCommand('backup-data');
  await expect(page.getByRole('heading', { name: 'Backup and restore' })).toBeFocused();
});
