import { test, expect } from './support/harness';
import { daysFromToday, seedTeam } from './team-fixtures';

test('the record form stores the expiry date printed on the certificate, refuses one not after the completion date, and an edit can clear it', async ({ app, page }) => {
  await app.start({ path: '/team/record?member=m-sam', prepare: seedTeam() });
  await expect(page.getByRole('heading', { level: 1, name: 'Record a completed training' })).toBeVisible();
  await page.getByRole('radio', { name: 'Outside the catalogue' }).check();
  await page.getByLabel('Training title').fill('Firearms Qualification');
  const completed = daysFromToday(-20);
  const expires = daysFromToday(25);
  await page.getByLabel('Completed on').fill(completed);

  // An expiry on the completion day is refused on the field, and nothing is saved.
  await page.getByLabel('Expires on').fill(completed);
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect(page.getByRole('alert')).toContainText('Expires on: The expiry date must be after the completion date');
  await expect(page.getByLabel('Expires on')).toHaveAttribute('aria-invalid', 'true');
  expect(app.services.store.data().completions.filter((c) => c.custom?.title === 'Firearms Qualification')).toEqual([]);

  await page.getByLabel('Expires on').fill(expires);
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect(page.getByTestId('toast')).toContainText('Recorded “Firearms Qualification” for 1 member.');
  const saved = app.services.store.data().completions.find((c) => c.custom?.title === 'Firearms Qualification')!;
  expect(saved).toMatchObject({ memberId: 'm-sam', completedOn: completed, expiresOn: expires });
  expect(saved.validForMonths).toBeUndefined();

  // The expiry date drives the status: 25 days left is "expires within 30 days".
  await app.goto('/team/records?status=within-30');
  await expect(page.getByTestId('records-list').getByRole('link', { name: 'Sam Lee: Firearms Qualification' })).toBeVisible();

  // Editing shows the stored expiry; clearing it removes it from the record.
  await app.goto(`/team/records/${encodeURIComponent(saved.id)}`);
  await expect(page.getByLabel('Expires on')).toHaveValue(expires);
  await page.getByLabel('Expires on').fill('');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => app.services.store.data().completions.find((c) => c.id === saved.id)?.expiresOn ?? 'none').toBe('none');
});

test('the record form refuses a completion dated after today, on its field, and saves nothing', async ({ app, page }) => {
  await app.start({ path: '/team/record?member=m-sam', prepare: seedTeam() });
  await page.getByRole('radio', { name: 'Outside the catalogue' }).check();
  await page.getByLabel('Training title').fill('Firearms Qualification');
  await expect(page.getByLabel('Completed on')).toHaveAttribute('max', daysFromToday(1));
  await page.getByLabel('Completed on').fill(daysFromToday(3));
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect(page.getByRole('alert')).toContainText('Completed on: The completion date is after today: record a training once it has been taken.');
  await expect(page.getByLabel('Completed on')).toHaveAttribute('aria-invalid', 'true');
  expect(app.services.store.data().completions.filter((c) => c.custom?.title === 'Firearms Qualification')).toEqual([]);
  await page.getByLabel('Completed on').fill(daysFromToday(0));
  await page.getByRole('button', { name: 'Record completion' }).click();
  await expect(page.getByTestId('toast')).toContainText('Recorded “Firearms Qualification” for 1 member.');
});
