import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../shared/client';
import type { Plan } from '../../../shared/model/plan';
import { useTempDirs } from '../store/temp-dir';
import { startApi } from './api-harness';

const CART = 'aattap-cart-training';
const FI = 'ncac-forensic-interviewing-of-children';
const fields = { name: 'FY2026 plan', purpose: 'Grant deliverable', audienceFocus: [], period: { start: '2026-01-01', end: '2026-12-31' }, notes: '' };

/**
 * The plan page's item edits (status, priority, order, removal) through the renderer's own
 * actions, over the real dispatcher: a change to the plan that arrived while the page was open
 * (applied as the sharing bridge applies one, its stamps kept) is never replaced by the page's
 * older copy; the page then shows the stored version and says who changed it.
 */
describe('plan item edits made on a plan that changed meanwhile', () => {
  const tempDir = useTempDirs();
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function openPage() {
    // Each save gets its own time, so every stored version has its own updatedAt.
    let tick = 0;
    const api = await startApi(await tempDir(), () => new Date(Date.UTC(2026, 5, 1, 12, 0, tick++)));
    vi.stubGlobal('window', { tta: createBridge((name, input) => api.dispatch(name, input)) });
    const actions = await import('../../../renderer/features/plans/plans-actions');
    const { usePlansStore } = await import('../../../renderer/features/plans/plans-store');
    const { useNoticeStore } = await import('../../../renderer/app/notice-store');
    const created = await api.call('planCreate', fields);
    await api.call('planAddTraining', { planId: created.id, trainingId: CART, memberIds: [] });
    await api.call('planAddTraining', { planId: created.id, trainingId: FI, memberIds: [] });
    await actions.openPlan(created.id);
    const shown = () => usePlansStore.getState().view!.plan;
    const stored = () => api.services.store.data().plans.find((p) => p.id === created.id)!;
    /** Another coordinator's version of the plan arrives (not yet shown on the page). */
    const arrives = (change: (plan: Plan) => Plan) =>
      api.services.store.update(
        (d) => {
          const at = d.plans.findIndex((p) => p.id === created.id);
          d.plans[at] = { ...change(d.plans[at]!), updatedAt: '2026-06-01T13:00:00.000Z', updatedBy: 'Dana Reyes' };
        },
        { keepStamps: true },
      );
    return { api, actions, shown, stored, arrives, notice: () => useNoticeStore.getState().notice?.message ?? '' };
  }

  it('does not save a status change over an arrived change: the page shows theirs and says who changed it', async () => {
    const { actions, shown, stored, arrives, notice } = await openPage();
    const onPage = shown();
    await arrives((p) => ({ ...p, notes: 'Budget approved', items: p.items.map((i) => (i.trainingId === FI ? { ...i, priority: 'high' } : i)) }));

    await actions.updateItem(onPage, { ...onPage.items[0]!, status: 'confirmed' });
    expect(stored()).toMatchObject({ notes: 'Budget approved', updatedBy: 'Dana Reyes' });
    expect(stored().items.map((i) => [i.status, i.priority])).toEqual([
      ['planned', 'medium'],
      ['planned', 'high'],
    ]);
    expect(shown()).toEqual(stored());
    expect(notice()).toMatch(/^Dana Reyes changed this plan on .+, while it was open here\. It now shows their version; your change was not saved/);

    // Made again on the version now shown, it is saved.
    await actions.updateItem(shown(), { ...shown().items[0]!, status: 'confirmed' });
    expect(stored()).toMatchObject({ notes: 'Budget approved' });
    expect(stored().items.map((i) => [i.status, i.priority])).toEqual([
      ['confirmed', 'medium'],
      ['planned', 'high'],
    ]);
  });

  it('does not move or remove items over an arrived change, and says nothing was removed', async () => {
    const { actions, shown, stored, arrives, notice } = await openPage();
    const onPage = shown();
    await arrives((p) => ({ ...p, items: p.items.map((i) => ({ ...i, notes: `checked ${i.trainingId}` })) }));
    await actions.moveItemTo(onPage, 0, 1);
    await actions.removeItem(onPage, 0, 'CART');
    expect(stored().items.map((i) => [i.trainingId, i.notes])).toEqual([
      [CART, `checked ${CART}`],
      [FI, `checked ${FI}`],
    ]);
    expect(notice()).toMatch(/^Dana Reyes changed this plan/);
  });

  it('saves quick successive edits made before the previous one finished without a clash between them', async () => {
    const { actions, shown, stored, notice } = await openPage();
    const onPage = shown();
    // Both made on the version the page showed, the second before the first was saved.
    const first = actions.updateItem(onPage, { ...onPage.items[0]!, status: 'requested' });
    const second = actions.moveItemTo({ ...onPage, items: [{ ...onPage.items[0]!, status: 'requested' }, onPage.items[1]!] }, 0, 1);
    await Promise.all([first, second]);
    expect(stored().items.map((i) => [i.trainingId, i.status])).toEqual([
      [FI, 'planned'],
      [CART, 'requested'],
    ]);
    expect(notice()).not.toMatch(/changed this plan/);
  });
});
