import { expectNoViolations } from './support/axe';
import { test, expect } from './support/harness';
import { savedTheme } from './support/saved-theme';
import { openStore } from '../../main/services/store';
import type { Plan } from '../../shared/model/plan';

const now = () => new Date('2026-06-01T12:00:00');
const titles = ['Child Abduction Response Team (CART) Training', 'Forensic Interviewing of Children Training', 'Regional case review'];

function seedPlan(extra: Partial<Plan> = {}) {
  return async (dir: string) => {
    const store = await openStore({ dir });
    await store.update((d) => {
      d.members.push(
        { id: 'm-ana', name: 'Ana Diaz', role: 'Detective', agency: '', audiences: ['law-enforcement'], active: true },
        { id: 'm-ben', name: 'Ben Lee', role: 'Interviewer', agency: '', audiences: ['forensic-interviewers'], active: true },
      );
      d.plans.push({
        id: 'p-1',
        name: 'FY2026 plan',
        purpose: 'Grant deliverable',
        audienceFocus: ['law-enforcement'],
        period: { start: '2026-01-01', end: '2026-12-31' },
        notes: '',
        archived: false,
        items: [
          { id: 'i-1', trainingId: 'aattap-cart-training', trainingTitle: titles[0]!, assigneeIds: ['m-ana'], targetDate: '2026-03-01', priority: 'high', status: 'planned', notes: '' },
          { id: 'i-2', trainingId: 'ncac-forensic-interviewing-of-children', trainingTitle: titles[1]!, assigneeIds: ['m-ben'], priority: 'medium', status: 'confirmed', notes: '' },
          { id: 'i-3', custom: { title: titles[2]!, provider: 'State task force' }, assigneeIds: [], priority: 'low', status: 'planned', notes: '' },
        ],
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        ...extra,
      });
    });
  };
}

const storedOrder = (app: { services: { store: { data(): { plans: Plan[] } } } }) => app.services.store.data().plans[0]!.items.map((i) => i.id);

test('items reorder by keyboard, by buttons and by drag, each move announced; a removed item comes back with Undo', async ({ app, page }) => {
  await app.start({ path: '/plans/p-1', prepare: seedPlan(), now });
  const items = page.getByTestId('plan-item');
  await expect(items).toHaveCount(3);

  const handle = page.getByRole('button', { name: /^Reorder Child Abduction Response Team/ });
  await handle.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('reorder-announcement')).toHaveText(/Moved “Child Abduction Response Team.*” to position 2 of 3\./);
  await expect.poll(() => storedOrder(app)).toEqual(['i-2', 'i-1', 'i-3']);
  await expect(page.getByRole('button', { name: /^Reorder Child Abduction Response Team/ })).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => storedOrder(app)).toEqual(['i-2', 'i-3', 'i-1']);

  await page.getByRole('button', { name: 'Move Regional case review up' }).click();
  await expect.poll(() => storedOrder(app)).toEqual(['i-3', 'i-2', 'i-1']);
  await expect(page.getByTestId('reorder-announcement')).toHaveText('Moved “Regional case review” to position 1 of 3.');

  // Drag by the handle (dragging from a text field would select text instead). Source and
  // target must both be on screen: Playwright scrolling in the middle of an HTML drag makes
  // Chromium start the drag on whatever item is under the pointer then.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.getByRole('button', { name: /^Reorder Child Abduction Response Team/ }).dragTo(items.nth(0).getByRole('heading'));
  await expect.poll(() => storedOrder(app)).toEqual(['i-1', 'i-3', 'i-2']);
  await expect(items.nth(0)).toContainText(titles[0]!);

  await page.getByRole('button', { name: 'Remove Regional case review from the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Removed “Regional case review” from the plan.' })).toBeVisible();
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(3);
  await expect.poll(() => storedOrder(app)).toEqual(['i-1', 'i-3', 'i-2']);
});

test('a suggestion is added to the plan with one click; plan details can be edited', async ({ app, page }) => {
  await app.start({ path: '/plans/p-1', prepare: seedPlan(), now });
  const suggestions = page.getByRole('region', { name: 'Ana Diaz' }).or(page.locator('section[aria-labelledby="suggest-m-ana"]'));
  const first = suggestions.getByRole('button', { name: /^Add .* for Ana Diaz$/ }).first();
  const label = (await first.getAttribute('aria-label'))!;
  const title = label.replace(/^Add /, '').replace(/ for Ana Diaz$/, '');
  await first.click();
  await expect(page.getByRole('status').filter({ hasText: `Added “${title}” for Ana Diaz.` })).toBeVisible();
  await expect(page.getByTestId('plan-item')).toHaveCount(4);
  await expect(page.getByRole('table', { name: /Who still needs/ }).getByRole('columnheader', { name: title })).toBeVisible();
  await expect.poll(() => app.services.store.data().plans[0]!.items[3]!.assigneeIds).toEqual(['m-ana']);

  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Plan name').fill('FY2026 plan, revised');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'FY2026 plan, revised' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Period ends').fill('2025-01-01');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('alert')).toContainText('period.end: The period must end on or after its start');
  expect(app.services.store.data().plans[0]!.period.end).toBe('2026-12-31');
});

test('plans list: duplicate, archive, and delete with undo', async ({ app, page }) => {
  await app.start({ path: '/plans', prepare: seedPlan(), now });
  const table = page.getByRole('table', { name: 'Active training plans' });
  await expect(table.getByRole('row', { name: /FY2026 plan/ })).toContainText('0 of 2 done (0%) · 1 overdue');

  await page.getByRole('button', { name: 'Duplicate FY2026 plan' }).click();
  await expect(table.getByRole('link', { name: 'FY2026 plan (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Archive FY2026 plan (copy)' }).click();
  await expect(table.getByRole('link', { name: 'FY2026 plan (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: /Archived/ }).click();
  await expect(page.getByRole('table', { name: 'Archived training plans' }).getByRole('link', { name: 'FY2026 plan (copy)' })).toBeVisible();
  await page.getByRole('button', { name: /Active/ }).click();

  await page.getByRole('button', { name: 'Delete FY2026 plan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “FY2026 plan”.' })).toBeVisible();
  await expect(page.getByText('No plans yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('link', { name: 'FY2026 plan', exact: true })).toBeVisible();
  expect(app.services.store.data().plans.map((p) => p.name).sort()).toEqual(['FY2026 plan', 'FY2026 plan (copy)']);
});

test('a new plan is created from the plans screen', async ({ app, page }) => {
  await app.start({ path: '/plans', now });
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('Plan name').fill('Prosecutor curriculum');
  await page.getByRole('checkbox', { name: 'Prosecutors' }).check();
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prosecutor curriculum' })).toBeVisible();
  await page.getByLabel('Catalogue training').selectOption({ label: 'Forensic Interviews at Trial: Preparation and Presentation Training' });
  await page.getByRole('button', { name: 'Add training' }).click();
  await page.getByLabel('Title').fill('State AG trafficking summit');
  await page.getByLabel('Hours', { exact: true }).fill('6');
  await page.getByRole('button', { name: 'Add custom training' }).click();
  await expect(page.getByTestId('plan-item')).toHaveCount(2);
  const stored = app.services.store.data().plans[0]!;
  expect(stored.audienceFocus).toEqual(['prosecutors']);
  expect(stored.items.map((i) => i.trainingId ?? i.custom?.title)).toEqual(['ncac-forensic-interviews-at-trial', 'State AG trafficking summit']);
});

// One screen or state per test, each in a fresh app opened in the theme.
for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe finds no accessibility violations on the plans screens (${theme})`, () => {
    for (const path of ['/plans', '/plans/p-1']) {
      test(`${path} (${theme})`, async ({ app, page }) => {
        await app.start({ path, prepare: savedTheme(theme, seedPlan()), now });
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        if (path === '/plans/p-1') await page.getByText(/Assign people/).first().click();
        await expectNoViolations(page, path);
      });
    }
    test(`add to plan (${theme})`, async ({ app, page }) => {
      await app.start({ path: '/catalogue/training/aattap-cart-training', prepare: savedTheme(theme, seedPlan()), now });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.getByRole('button', { name: 'Add to plan' }).click();
      await expectNoViolations(page, 'add to plan');
    });
  });
}
