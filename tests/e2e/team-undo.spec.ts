import { test, expect } from './support/harness';
import { seedTeam } from './team-fixtures';

test('deleting a member asks first, says their records go too, and Undo brings both back', async ({ app, page }) => {
  await app.start({ path: '/team/members/m-dana', prepare: seedTeam() });
  const danaRecords = () => app.services.store.data().completions.filter((c) => c.memberId === 'm-dana');
  expect(danaRecords()).toHaveLength(4);

  // Escape cancels and nothing changes.
  await page.getByRole('button', { name: 'Delete member…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Dana Reyes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Dana Reyes’s 4 training records (16 hours) will be deleted with them.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(app.services.store.data().members.map((m) => m.id)).toContain('m-dana');

  await page.getByRole('button', { name: 'Delete member…' }).click();
  await dialog.getByRole('button', { name: 'Delete member and records' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(page.getByTestId('toast')).toContainText('Deleted Dana Reyes and 4 training records.');
  expect(app.services.store.data().members.map((m) => m.id)).not.toContain('m-dana');
  expect(danaRecords()).toEqual([]);
  await expect(page.getByTestId('members-list').getByRole('link', { name: 'Dana Reyes' })).toHaveCount(0);

  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('toast')).toContainText('Restored Dana Reyes and 4 training records.');
  expect(danaRecords()).toHaveLength(4);
  await expect(page.getByTestId('members-list').getByRole('link', { name: 'Dana Reyes' })).toBeVisible();
});

test('a record can be edited and deleted, each with Undo; a training gone from the catalogue still shows, marked retired', async ({ app, page }) => {
  await app.start({ path: '/team/members/m-sam', prepare: seedTeam() });
  const history = page.getByTestId('records-list');
  const retired = history.locator('li', { hasText: 'Advanced Child Interviewing (2019 edition)' });
  await expect(retired).toContainText('Retired from the catalogue');

  // Edit the retired record's hours: its stored title survives.
  await retired.getByRole('link').click();
  await expect(page.getByRole('note')).toContainText('This training is no longer in the catalogue');
  await expect(page.locator('#training-choice')).toContainText('Chosen: Advanced Child Interviewing (2019 edition) (retired from the catalogue).');
  await page.getByLabel('Hours', { exact: true }).fill('18');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('toast')).toContainText('Saved the training record.');
  const stored = () => app.services.store.data().completions.find((c) => c.id === 'c-retired');
  expect(stored()).toMatchObject({ hours: 18, trainingTitle: 'Advanced Child Interviewing (2019 edition)', trainingId: 'retired-child-interviewing-course' });
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('toast')).toContainText('Changes to the training record undone.');
  expect(stored()?.hours).toBe(16);

  // Delete it, then undo.
  await history.locator('li', { hasText: 'Advanced Child Interviewing' }).getByRole('link').click();
  await page.getByRole('button', { name: 'Delete record…' }).click();
  await page.getByRole('dialog', { name: 'Delete this training record?' }).getByRole('button', { name: 'Delete record' }).click();
  await expect(page.getByTestId('toast')).toContainText('Deleted the record of “Advanced Child Interviewing (2019 edition)”.');
  expect(stored()).toBeUndefined();
  await expect(history.locator('li', { hasText: 'Advanced Child Interviewing' })).toHaveCount(0);
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(history.locator('li', { hasText: 'Advanced Child Interviewing' })).toHaveCount(1);
  expect(stored()?.hours).toBe(16);
});

test('deactivating keeps the records and takes the member off renewal lists; editing can be undone', async ({ app, page }) => {
  await app.start({ path: '/team/members/m-dana', prepare: seedTeam() });
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByTestId('toast')).toContainText('Dana Reyes is now inactive. Their records are kept.');
  expect(app.services.store.data().members.find((m) => m.id === 'm-dana')?.active).toBe(false);
  await page.getByRole('navigation', { name: 'Team' }).getByRole('link', { name: 'Expiring soon' }).click();
  await expect(page.getByTestId('records-list')).not.toContainText('Dana Reyes');
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('records-list')).toContainText('Dana Reyes: CPR and First Aid');

  await app.goto('/team/members/m-dana/edit');
  await page.getByLabel('Role').fill('Sergeant');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Please fix the following' });
  await expect(summary).toContainText('Email: Enter an email address such as name@agency.gov');
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('button', { name: 'Email' }).click();
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.getByLabel('Email').fill('dana.reyes@example.gov');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByTestId('toast')).toContainText('Saved changes to Dana Reyes.');
  expect(app.services.store.data().members.find((m) => m.id === 'm-dana')).toMatchObject({ role: 'Sergeant', email: 'dana.reyes@example.gov' });
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('toast')).toContainText('Changes to Dana Reyes undone.');
  expect(app.services.store.data().members.find((m) => m.id === 'm-dana')).toMatchObject({ role: 'Detective', email: 'dana@example.gov' });
});
