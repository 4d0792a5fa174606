import { test, expect } from './support/harness';
import type { Member } from '../../shared/model/team';
import type { ApiServices } from '../../main/api-services';
import { seedTeam } from './team-fixtures';
import { openStore } from '../../main/services/store';

/**
 * Another coordinator's version of Dana arrives while her edit form is open: applied to the
 * store the way the sharing bridge applies an incoming version (its own updatedAt / updatedBy
 * kept), so only the form's check stands between the two.
 */
async function arrives(services: ApiServices, role: string, at: string): Promise<void> {
  await services.store.update(
    (d) => {
      const i = d.members.findIndex((m) => m.id === 'm-dana');
      d.members[i] = { ...d.members[i]!, role, updatedAt: at, updatedBy: 'Lee Park' };
    },
    { keepStamps: true },
  );
}

test('an edit form left open does not save over a change that arrived meanwhile: it says who and what, then Take theirs or Keep mine', async ({ app, page }) => {
  await app.start({ path: '/team/members/m-dana/edit', prepare: seedTeam() });
  const dana = (): Member => app.services.store.data().members.find((m) => m.id === 'm-dana')!;
  const role = page.getByLabel('Role');
  await expect(role).toHaveValue('Detective');

  await role.fill('Analyst');
  await arrives(app.services, 'Sergeant', '2026-12-02T04:00:00.000Z');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Changed while you were editing' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('Lee Park changed this team member on');
  await expect(notice).toContainText('Your changes are not saved yet');
  await expect(notice.getByRole('listitem')).toHaveText(['Role: yours “Analyst”, theirs “Sergeant”']);
  expect(dana()).toMatchObject({ role: 'Sergeant', updatedBy: 'Lee Park' });
  await expect(role).toHaveValue('Analyst');

  // Take theirs: the form now shows the arrived version, and saving it is no clash.
  await notice.getByRole('button', { name: 'Take theirs' }).click();
  await expect(notice).toBeHidden();
  await expect(role).toHaveValue('Sergeant');

  // Another change arrives while the coordinator types again; this time they keep theirs.
  await role.fill('Lieutenant');
  await arrives(app.services, 'Captain', '2026-12-02T04:05:00.000Z');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(notice.getByRole('listitem')).toHaveText(['Role: yours “Lieutenant”, theirs “Captain”']);
  expect(dana().role).toBe('Captain');
  await notice.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByTestId('toast')).toContainText('Saved changes to Dana Reyes.');
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Reyes' })).toBeVisible();
  expect(dana().role).toBe('Lieutenant');
});

test('an item edit on a plan page that another coordinator’s change reached meanwhile is not saved over it: the page shows theirs and says so', async ({ app, page }) => {
  const at = '2026-01-01T00:00:00.000Z';
  await app.start({
    path: '/plans/p-1',
    prepare: async (dir) => {
      const store = await openStore({ dir });
      await store.update((d) => {
        d.plans.push({
          id: 'p-1',
          name: 'FY2026 plan',
          purpose: 'Grant deliverable',
          audienceFocus: [],
          period: { start: '2026-01-01', end: '2026-12-31' },
          notes: '',
          archived: false,
          items: [{ id: 'i-1', custom: { title: 'Regional case review', provider: 'State task force' }, assigneeIds: [], priority: 'low', status: 'planned', notes: '' }],
          createdAt: at,
          updatedAt: at,
        });
      });
      await store.close();
    },
  });
  const plan = () => app.services.store.data().plans[0]!;
  const status = page.getByTestId('plan-item').first().getByLabel('Status');
  await expect(status).toHaveValue('planned');

  // Lee's version of the plan arrives (as the sharing bridge applies it) before the page reloads.
  await app.services.store.update(
    (d) => {
      d.plans[0] = { ...d.plans[0]!, notes: 'Budget approved', items: [{ ...d.plans[0]!.items[0]!, priority: 'high' }], updatedAt: '2026-12-02T04:00:00.000Z', updatedBy: 'Lee Park' };
    },
    { keepStamps: true },
  );
  await status.selectOption('confirmed');
  await expect(page.getByTestId('toast')).toContainText('Lee Park changed this plan on');
  await expect(page.getByTestId('toast')).toContainText('It now shows their version; your change was not saved.');
  expect(plan()).toMatchObject({ notes: 'Budget approved', updatedBy: 'Lee Park', items: [{ status: 'planned', priority: 'high' }] });
  await expect(status).toHaveValue('planned');
  await expect(page.getByTestId('plan-item').first().getByLabel('Priority')).toHaveValue('high');
  await expect(page.getByText('Budget approved')).toBeVisible();

  // Made again on the version shown, it is saved, and Lee's change stays.
  await status.selectOption('confirmed');
  await expect.poll(() => plan().items[0]!.status).toBe('confirmed');
  expect(plan()).toMatchObject({ notes: 'Budget approved', items: [{ priority: 'high' }] });
});
