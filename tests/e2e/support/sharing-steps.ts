import type { AppHarness } from './harness';
import { expect } from './two-apps';

/*
 * The steps of the sharing journeys, through the screens as a coordinator takes them:
 * Settings › Sharing, the Team forms and the Conflicts screen.
 */

/** Settings › Sharing › Your name. */
export async function nameCoordinator(app: AppHarness, name: string): Promise<void> {
  const { page } = app;
  await app.goto('/settings');
  await page.getByLabel('Your name as coordinator').fill(name);
  await page.getByRole('button', { name: 'Save my name' }).click();
  await expect(page.getByTestId('coordinator-name')).toHaveText(name);
}

/** Team › Add member, with a name and role; leaves the member's page open. */
export async function addMember(app: AppHarness, name: string, role: string): Promise<void> {
  const { page } = app;
  await app.goto('/team/members/new');
  // The hash changes within the same page: wait for the form, or the last screen's fields are still there.
  await expect(page.getByRole('heading', { level: 1, name: 'Add a team member' })).toBeVisible();
  await page.getByLabel(/^Name/).fill(name);
  await page.getByLabel(/^Role/).fill(role);
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The member's Edit page: a new role, saved. */
export async function changeRole(app: AppHarness, memberName: string, role: string): Promise<void> {
  const { page } = app;
  const member = app.services.store.data().members.find((m) => m.name === memberName)!;
  await app.goto(`/team/members/${member.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${memberName}` })).toBeVisible();
  await page.getByLabel(/^Role/).fill(role);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: memberName })).toBeVisible();
  await expect.poll(() => app.services.store.data().members.find((m) => m.id === member.id)?.role).toBe(role);
}

/** Settings › Sharing › Share changes…, saving to `file`. */
export async function shareChangesTo(app: AppHarness, file: string, partner: string, passphrase: string): Promise<void> {
  const { page } = app;
  await app.goto('/settings');
  const form = page.getByRole('form', { name: 'Share changes' });
  await form.getByLabel('Who the file is for').fill(partner);
  await form.getByLabel('Passphrase for the file').fill(passphrase);
  await form.getByLabel('Type the passphrase again').fill(passphrase);
  app.dialogAnswers.save.push(file);
  await form.getByRole('button', { name: 'Share changes…' }).click();
  await expect(page.getByTestId('exchange-file-status')).toContainText(`to ${file}`);
}

/** Settings › Sharing › Receive changes…, opening `file`; the caller checks what it said. */
export async function receiveChangesFrom(app: AppHarness, file: string, passphrase: string): Promise<void> {
  const { page } = app;
  await app.goto('/settings');
  const form = page.getByRole('form', { name: 'Receive changes' });
  await form.getByLabel('Passphrase of the file').fill(passphrase);
  app.dialogAnswers.open.push(file);
  await form.getByRole('button', { name: 'Receive changes…' }).click();
}

/** Settings › Sharing › Share through a server: address, user name, password, Connect. */
export async function connectTo(app: AppHarness, url: string, user: string, password: string): Promise<void> {
  const { page } = app;
  await app.goto('/settings');
  await page.getByLabel('Server address').fill(url);
  await page.getByLabel('User name on the server').fill(user);
  await page.getByLabel('Password on the server').fill(password);
  await page.getByRole('button', { name: 'Connect' }).click();
}
