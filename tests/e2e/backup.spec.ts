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

const PASS = 'lantern pebble 1987';

test('backup of all data to a passphrase-encrypted file, then restore: a wrong passphrase or a damaged file is refused and nothing changes; the right one brings the data back', async ({ app, page }) => {
  await app.start({ path: '/settings', prepare: seed });
  const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Backup and restore' }) });
  const backup = join(app.dataDir, 'my-backup.ttabackup');
  const snapshot = structuredClone(app.services.store.data());

  // The two passphrases must match before any dialog opens.
  await panel.getByLabel('Passphrase for the backup file').fill(PASS);
  await panel.getByLabel('Type the passphrase again').fill(`${PASS}x`);
  await panel.getByRole('button', { name: 'Save a backup…' }).click();
  await expect(panel.getByText('The two passphrases are not the same.')).toBeVisible();
  await panel.getByLabel('Type the passphrase again').fill(PASS);
  app.dialogAnswers.save.push(backup);
  await panel.getByRole('button', { name: 'Save a backup…' }).click();
  await expect(panel.getByTestId('data-transfer-status')).toContainText(`Saved an encrypted backup of all your data to ${backup}.`);
  const saved = await readFile(backup);
  expect(saved.includes(Buffer.from('Ana Diaz'))).toBe(false);

  // The data changes after the backup.
  await app.services.store.update((d) => {
    d.members = [];
    d.settings.theme = 'light';
  });

  // A damaged copy is refused and leaves the data file exactly as it was.
  // (A plain file, as earlier versions saved them: those still restore without a passphrase.)
  const damaged = join(app.dataDir, 'damaged-backup.json');
  const broken = structuredClone(snapshot);
  (broken.members[0]!.audiences as string[]) = ['Not A Slug'];
  await writeFile(damaged, JSON.stringify(broken));
  const before = await readFile(join(app.dataDir, DATA_FILE_NAME));
  app.dialogAnswers.open.push(damaged);
  await panel.getByRole('button', { name: 'Restore from a backup…' }).click();
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('damaged-backup.json has invalid data: members[0].audiences[0]');
  await expect(alert).toContainText('Nothing was changed.');
  expect((await readFile(join(app.dataDir, DATA_FILE_NAME))).equals(before)).toBe(true);

  // A wrong passphrase is told apart and changes nothing.
  await panel.getByLabel('Passphrase of the backup file').fill('lantern pebble 1988');
  app.dialogAnswers.open.push(backup);
  await panel.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(panel.getByRole('alert')).toContainText('The passphrase does not open my-backup.ttabackup. Check it (capital letters count) and try again. Nothing was changed.');
  expect((await readFile(join(app.dataDir, DATA_FILE_NAME))).equals(before)).toBe(true);
  expect(app.services.store.data().members).toEqual([]);

  // Cancelling the dialog does nothing and shows nothing alarming.
  await panel.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByTestId('data-transfer-status')).toHaveText('');

  await panel.getByLabel('Passphrase of the backup file').fill(PASS);
  app.dialogAnswers.open.push(backup);
  await panel.getByRole('button', { name: 'Restore from a backup…' }).click();
  await expect(panel.getByTestId('data-transfer-status')).toContainText('Restored 1 member, 0 completions and 0 plans from my-backup.ttabackup.');
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
