import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/harness';
import { seedTeam } from './team-fixtures';

/** Every file of the data folder, decrypted as the app reads it. */
async function folderText(dataDir: string, read: (path: string) => Promise<string | null>): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(entries.filter((e) => e.isFile()).map((e) => read(join(e.parentPath, e.name)).catch(() => '')));
  return texts.join('\n');
}

test('Delete permanently says what it removes, asks first, and leaves the member in no file of the data folder', async ({ app, page }) => {
  await app.start({ path: '/team/members/m-dana', prepare: seedTeam() });
  // The start-up backup holds Dana: it is one of the copies to purge.
  await app.services.store.idle();
  expect(await folderText(app.dataDir, (p) => app.readDataFile(p))).toContain('Dana Reyes');

  await page.getByRole('button', { name: 'Delete permanently…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Dana Reyes permanently?' });
  await expect(dialog).toContainText('also from every automatic backup and every damaged copy the app set aside');
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(page.getByTestId('toast')).toContainText('Deleted Dana Reyes and 4 training records permanently, also from 1 older copy of your data.');
  await expect(page.getByTestId('toast').getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByTestId('members-list').getByRole('link', { name: 'Dana Reyes' })).toHaveCount(0);
  await app.services.store.idle();
  const after = await folderText(app.dataDir, (p) => app.readDataFile(p));
  expect(after).not.toContain('Dana Reyes');
  expect(after).not.toContain('m-dana');
  expect(after).toContain('Sam Lee');
});
