import { test, expect } from './support/harness';
import { seedTeam } from './team-fixtures';

test('after the data is replaced (a backup restore), the Team screens load the new data instead of showing a stale copy', async ({ app, page }) => {
  await app.start({ path: '/team', prepare: seedTeam() });
  await expect(page.getByTestId('members-list').getByRole('link')).toHaveText(['Dana Reyes', 'Sam Lee']);

  // What a restore does: the whole data set is replaced behind the screen's back.
  const data = app.services.store.data();
  await app.services.store.replaceAll({ ...data, members: data.members.filter((m) => m.id !== 'm-sam'), completions: data.completions.filter((c) => c.memberId !== 'm-sam') }, 'test');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByTestId('members-list').getByRole('link')).toHaveText(['Dana Reyes']);
});
