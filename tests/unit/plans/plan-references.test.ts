import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../store/temp-dir';
import { startApi } from './api-harness';
import { member } from './plan-fixtures';

const CART = 'aattap-cart-training';
const fields = { name: 'FY2026 plan', purpose: '', audienceFocus: [], period: { start: '2026-01-01', end: '2026-12-31' }, notes: '' };

async function planWithAna(dir: string) {
  const api = await startApi(dir);
  await api.services.store.update((d) => {
    d.members.push(member('m-ana', 'Ana Diaz'), member('m-ben', 'Ben Lee'));
  });
  const created = await api.call('planCreate', fields);
  const view = await api.call('planAddTraining', { planId: created.id, trainingId: CART, memberIds: ['m-ana'] });
  return { api, plan: view.plan };
}

describe('every plan write obeys the same reference rule, whichever channel', () => {
  const tempDir = useTempDirs();

  it('planSave refuses a member or a training the app does not know, and stores nothing', async () => {
    const { api, plan } = await planWithAna(await tempDir());
    const item = plan.items[0]!;
    await expect(api.call('planSave', { ...plan, items: [{ ...item, assigneeIds: ['m-ana', 'm-ghost'] }] })).rejects.toThrow('No team member has the id m-ghost.');
    await expect(api.call('planSave', { ...plan, items: [{ ...item, trainingId: 'no-such-course' }] })).rejects.toThrow('The catalogue has no training "no-such-course".');
    expect(api.services.store.data().plans[0]!.items).toEqual(plan.items);
  });

  it('planRestore refuses a plan naming strangers, but an undo keeps what the plan already held', async () => {
    const { api, plan } = await planWithAna(await tempDir());
    const forged = { ...plan, id: 'p-forged', items: [{ ...plan.items[0]!, id: 'i-forged', assigneeIds: ['m-ghost'] }] };
    await expect(api.call('planRestore', { plan: forged })).rejects.toThrow('No team member has the id m-ghost.');

    // Ana leaves the team; the plan still names her. Deleting and undoing must not lose her.
    await api.services.store.update((d) => {
      d.members = d.members.filter((m) => m.id !== 'm-ana');
    });
    const { deleted } = await api.call('planDelete', { id: plan.id });
    await api.call('planRestore', { plan: deleted });
    expect(api.services.store.data().plans[0]!.items[0]!.assigneeIds).toEqual(['m-ana']);
    // Removing the item and putting it back (undo) is allowed for the same reason.
    await api.call('planSave', { ...deleted, items: [] });
    const back = await api.call('planSave', { ...deleted, items: deleted.items });
    expect(back.plan.items[0]!.assigneeIds).toEqual(['m-ana']);
  });

  it('planAddCustom adds a custom training with an id made on the main side', async () => {
    const { api, plan } = await planWithAna(await tempDir());
    const view = await api.call('planAddCustom', { planId: plan.id, custom: { title: 'State AG summit', provider: 'State AG', hours: 6 } });
    const added = view.plan.items[1]!;
    expect(added.custom).toEqual({ title: 'State AG summit', provider: 'State AG', hours: 6 });
    expect(added.id).toMatch(/^i-[0-9a-f-]{36}$/);
    expect(view.items[1]).toMatchObject({ title: 'State AG summit', custom: true, retired: false });
  });
});
