import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SyncApp } from './sync-app';
import { useSyncApps } from './sync-app';

const PASSPHRASE = 'correct horse battery';

/**
 * An edit form left open must not silently save over a change that arrived meanwhile: Lee
 * opens a record (the form keeps its updatedAt), Dana's change arrives by exchange file, and
 * Lee's save through dispatch is refused as 'changed-meanwhile' with who, when, what differs
 * and the stored record; nothing is overwritten until Lee saves again against that version.
 */
describe('a save from a form opened before another coordinator’s change arrived', () => {
  const sync = useSyncApps();

  async function pass(from: SyncApp, to: SyncApp, name: string): Promise<void> {
    const file = join(await sync.tempDir(), `${name}.ttachanges`);
    from.saveAnswers.push(file);
    await from.call('syncShareChanges', { passphrase: PASSPHRASE, partner: 'other' });
    to.openAnswers.push(file);
    expect(await to.call('syncReceiveChanges', { passphrase: PASSPHRASE })).toMatchObject({ received: true, conflicts: 0 });
  }

  it('refuses a member edit in words, lists what differs, and saves only against the version shown', async () => {
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const member = await dana.call('memberCreate', { name: 'Avery Quist', role: 'Detective', agency: 'County SO' });
    await pass(dana, lee, 'one');
    const opened = lee.store.data().members.find((m) => m.id === member.id)!;

    await dana.call('memberUpdate', { id: member.id, fields: { name: 'Avery Quist', role: 'Sergeant', agency: 'County SO' } });
    await pass(dana, lee, 'two');
    const arrived = lee.store.data().members.find((m) => m.id === member.id)!;
    expect(arrived).toMatchObject({ role: 'Sergeant', updatedBy: 'Dana Reyes' });

    const mine = { name: 'Avery Quist', role: 'Analyst', agency: 'County SO' };
    const refused = await lee.raw('memberUpdate', { id: member.id, fields: mine, expectedUpdatedAt: opened.updatedAt });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('changed-meanwhile');
    expect(refused.error.message).toMatch(/^Dana Reyes changed this team member on .+, while you were editing it\. Your changes are not saved yet/);
    expect(refused.error.details).toEqual(['Role: yours “Analyst”, theirs “Sergeant”']);
    expect(refused.error.latest).toEqual(arrived);
    // Nothing was overwritten.
    expect(lee.store.data().members.find((m) => m.id === member.id)).toEqual(arrived);

    // Keep mine: saved against the version now shown.
    const kept = await lee.call('memberUpdate', { id: member.id, fields: mine, expectedUpdatedAt: arrived.updatedAt });
    expect(kept.after).toMatchObject({ role: 'Analyst', updatedBy: 'Lee Park' });
    // An undo (no form version) is not checked.
    await lee.call('memberUpdate', { id: member.id, fields: { ...mine, role: 'Detective' } });
  });

  it('refuses a training-record edit and a plan’s details the same way', async () => {
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const member = await dana.call('memberCreate', { name: 'Avery Quist' });
    const draft = { training: { kind: 'custom' as const, title: 'Forensic Interviewing', provider: 'State CAC' }, completedOn: '2026-03-01', hours: 8 };
    const [record] = await dana.call('completionsRecord', { memberIds: [member.id], draft });
    const fields = { name: 'FY2027 plan', purpose: 'Grant deliverable', audienceFocus: [], period: { start: '2026-10-01', end: '2027-09-30' }, notes: '' };
    const plan = await dana.call('planCreate', fields);
    await pass(dana, lee, 'one');
    const openedRecord = lee.store.data().completions.find((c) => c.id === record!.id)!;
    const openedPlan = lee.store.data().plans.find((p) => p.id === plan.id)!;

    await dana.call('completionUpdate', { id: record!.id, memberId: member.id, draft: { ...draft, hours: 6 } });
    await dana.call('planSave', { ...plan, notes: 'Budget approved' });
    await pass(dana, lee, 'two');

    const record2 = await lee.raw('completionUpdate', { id: record!.id, memberId: member.id, draft: { ...draft, completedOn: '2026-03-02' }, expectedUpdatedAt: openedRecord.updatedAt });
    expect(record2).toMatchObject({ ok: false, error: { code: 'changed-meanwhile', latest: { hours: 6, updatedBy: 'Dana Reyes' } } });
    if (record2.ok) return;
    expect(record2.error.message).toMatch(/^Dana Reyes changed this training record on /);
    expect(record2.error.details).toEqual(['Completed on: yours “2026-03-02”, theirs “2026-03-01”', 'Hours: yours “8”, theirs “6”']);
    expect(lee.store.data().completions.find((c) => c.id === record!.id)).toMatchObject({ hours: 6, completedOn: '2026-03-01' });

    const plan2 = await lee.raw('planSave', { ...openedPlan, name: 'FY2027 training plan', expectedUpdatedAt: openedPlan.updatedAt });
    expect(plan2).toMatchObject({ ok: false, error: { code: 'changed-meanwhile', latest: { notes: 'Budget approved' } } });
    if (plan2.ok) return;
    expect(plan2.error.message).toMatch(/^Dana Reyes changed this plan on /);
    expect(plan2.error.details).toEqual(['Name: yours “FY2027 training plan”, theirs “FY2027 plan”', 'Notes: yours “(empty)”, theirs “Budget approved”']);
    expect(lee.store.data().plans.find((p) => p.id === plan.id)).toMatchObject({ name: 'FY2027 plan', notes: 'Budget approved' });

    // Keep mine against the version shown: the plan's details are saved over the arrived ones.
    const latest = plan2.error.latest as typeof openedPlan;
    const saved = await lee.call('planSave', { ...latest, name: 'FY2027 training plan', expectedUpdatedAt: latest.updatedAt });
    expect(saved.plan).toMatchObject({ name: 'FY2027 training plan', notes: 'Budget approved' });
  });
});
