import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/two-apps';
import { addMember, changeRole, nameCoordinator, receiveChangesFrom, shareChangesTo } from './support/sharing-steps';

const PASSPHRASE = 'harbor lantern orchard';

test('two coordinators share a record by exchange file; a wrong passphrase changes nothing; a concurrent edit is shown as a conflict, resolved on the Conflicts screen, and the resolution travels back', async ({ apps }) => {
  const { a, b } = apps;
  const folder = await mkdtemp(join(tmpdir(), 'tta-exchange-'));
  try {
    await a.start({ path: '/settings' });
    await b.start({ path: '/settings' });
    await nameCoordinator(a, 'Dana Reyes');
    await nameCoordinator(b, 'Sam Lee');

    // Dana adds a member and shares the change with Sam by file.
    await addMember(a, 'Jordan Alvarez', 'Detective');
    await shareChangesTo(a, join(folder, 'to-sam-1.ttashare'), 'Sam Lee', PASSPHRASE);

    // A wrong passphrase: a clear message, and nothing changes.
    await receiveChangesFrom(b, join(folder, 'to-sam-1.ttashare'), 'wrong passphrase here');
    await expect(b.page.getByRole('alert').filter({ hasText: /passphrase/i })).toBeVisible();
    expect(b.services.store.data().members).toEqual([]);

    // The right one: Jordan appears on Sam's Team screen.
    await receiveChangesFrom(b, join(folder, 'to-sam-1.ttashare'), PASSPHRASE);
    await expect(b.page.getByTestId('exchange-file-status')).toContainText('Received 1 new change from to-sam-1.ttashare');
    await b.goto('/team');
    await expect(b.page.getByTestId('members-list').getByRole('link')).toHaveText(['Jordan Alvarez']);
    const jordan = b.services.store.data().members[0]!;
    expect(jordan).toMatchObject({ name: 'Jordan Alvarez', role: 'Detective' });

    // Both change Jordan's role before their changes meet.
    await changeRole(a, 'Jordan Alvarez', 'Sergeant');
    await changeRole(b, 'Jordan Alvarez', 'Lieutenant');
    await shareChangesTo(a, join(folder, 'to-sam-2.ttashare'), 'Sam Lee', PASSPHRASE);
    await receiveChangesFrom(b, join(folder, 'to-sam-2.ttashare'), PASSPHRASE);
    await expect(b.page.getByTestId('exchange-file-status')).toContainText('1 record now has two versions');

    // Sam's member page shows the version that won, with a mark that opens the conflict.
    await b.goto(`/team/members/${jordan.id}`);
    const mark = b.page.getByTestId('conflict-mark');
    await expect(mark).toContainText('2 versions');
    await mark.getByRole('link', { name: 'Choose which to keep' }).click();
    await expect(b.page.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeVisible();
    const conflict = b.page.getByTestId('conflict').filter({ has: b.page.getByRole('heading', { name: 'Jordan Alvarez' }) });
    await expect(conflict.getByRole('heading', { name: 'Jordan Alvarez' })).toBeFocused();
    await expect(conflict.getByRole('columnheader', { name: /^Changed by Dana Reyes/ })).toBeVisible();
    await expect(conflict.getByRole('columnheader', { name: /^Changed by Sam Lee/ })).toBeVisible();
    const roleRow = conflict.getByRole('row', { name: /^Role/ });
    await expect(roleRow).toContainText('Sergeant');
    await expect(roleRow).toContainText('Lieutenant');

    // Field by field, from the keyboard: Dana's role, saved; the mark goes and the member page shows it.
    const sergeant = roleRow.getByRole('radio', { name: /^Role: Sergeant/ });
    await sergeant.press('Space');
    await expect(sergeant).toBeChecked();
    await conflict.getByRole('button', { name: 'Save with the details chosen above' }).press('Enter');
    await expect(b.page.getByTestId('no-conflicts')).toBeVisible();
    await expect.poll(() => b.services.store.data().members.find((m) => m.id === jordan.id)?.role).toBe('Sergeant');
    await b.goto(`/team/members/${jordan.id}`);
    await expect(b.page.getByRole('heading', { level: 1, name: 'Jordan Alvarez' })).toBeVisible();
    await expect(b.page.getByTestId('conflict-mark')).toHaveCount(0);

    // The resolution travels back to Dana like any change: her copy agrees, with no conflict.
    await shareChangesTo(b, join(folder, 'to-dana-1.ttashare'), 'Dana Reyes', PASSPHRASE);
    await receiveChangesFrom(a, join(folder, 'to-dana-1.ttashare'), PASSPHRASE);
    await expect(a.page.getByTestId('exchange-file-status')).toContainText('Received');
    await expect.poll(() => a.services.store.data().members.find((m) => m.id === jordan.id)?.role).toBe('Sergeant');
    const remaining = await a.dispatch('syncConflictsList', undefined);
    expect(remaining).toEqual({ ok: true, value: [] });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
