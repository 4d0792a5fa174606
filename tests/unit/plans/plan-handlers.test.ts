import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../store/temp-dir';
import { startApi } from './api-harness';
import { member } from './plan-fixtures';

const CART = 'aattap-cart-training';
const FI = 'ncac-forensic-interviewing-of-children';
const fields = { name: 'FY2026 plan', purpose: 'Grant deliverable', audienceFocus: ['law-enforcement'], period: { start: '2026-01-01', end: '2026-12-31' }, notes: '' };

async function withMembers(dir: string) {
  const api = await startApi(dir);
  await api.services.store.update((d) => {
    d.members.push(member('m-ana', 'Ana Diaz'), member('m-ben', 'Ben Lee', ['forensic-interviewers']));
  });
  return api;
}

describe('plan channels', () => {
  const tempDir = useTempDirs();

  it('adds and archiving sent together, before either is saved, all land: each changes the plan as it then stands', async () => {
    const api = await withMembers(await tempDir());
    const created = await api.call('planCreate', fields);
    const custom = { title: 'State AG trafficking summit', provider: '', hours: 6 };
    await Promise.all([
      api.call('planAddTraining', { planId: created.id, trainingId: CART, memberIds: [] }),
      api.call('planAddCustom', { planId: created.id, custom }),
      api.call('planAddTraining', { planId: created.id, trainingId: FI, memberIds: ['m-ben'] }),
      api.call('planArchive', { id: created.id, archived: true }),
    ]);
    const stored = api.services.store.data().plans.find((p) => p.id === created.id)!;
    expect(stored.items.map((i) => i.trainingId ?? i.custom?.title)).toEqual([CART, custom.title, FI]);
    expect(stored.archived).toBe(true);
  });

  it('create, add trainings, reorder, duplicate, archive, delete and undo', async () => {
    const api = await withMembers(await tempDir());
    const created = await api.call('planCreate', fields);
    expect(created.id).toMatch(/^p-/);
    await api.call('planAddTraining', { planId: created.id, trainingId: CART, memberIds: ['m-ana'] });
    const view = await api.call('planAddTraining', { planId: created.id, trainingId: FI, memberIds: ['m-ben'] });
    expect(view.items.map((i) => i.item.trainingId)).toEqual([CART, FI]);
    // The title is snapshotted from the catalogue so the item survives a catalogue update.
    expect(view.items[0]!.item.trainingTitle).toBe(api.services.catalogue.current().trainings.find((t) => t.id === CART)!.title);

    const reordered = await api.call('planSave', { ...view.plan, items: [...view.plan.items].reverse(), createdAt: '1999-01-01T00:00:00.000Z' });
    expect(reordered.items.map((i) => i.item.trainingId)).toEqual([FI, CART]);
    expect(reordered.plan.createdAt).toBe(created.createdAt);

    const copy = await api.call('planDuplicate', { id: created.id });
    expect(copy.id).not.toBe(created.id);
    expect(copy.items.map((i) => i.trainingId)).toEqual([FI, CART]);
    expect(copy.items.map((i) => i.id)).not.toContain(view.plan.items[0]!.id);

    expect((await api.call('planArchive', { id: created.id, archived: true })).archived).toBe(true);
    const list = await api.call('plansList');
    expect(list.map((s) => [s.plan.name, s.plan.archived, s.totals.total])).toEqual([
      ['FY2026 plan', true, 2],
      ['FY2026 plan (copy)', false, 2],
    ]);

    const { deleted } = await api.call('planDelete', { id: created.id });
    expect((await api.call('plansList')).map((s) => s.plan.id)).toEqual([copy.id]);
    await api.call('planRestore', { plan: deleted });
    expect((await api.call('planGet', { id: created.id })).plan).toEqual(deleted);
  });

  it('refuses unknown trainings, members and plans with a readable reason', async () => {
    const api = await withMembers(await tempDir());
    const created = await api.call('planCreate', fields);
    await expect(api.call('planAddTraining', { planId: created.id, trainingId: 'no-such-course', memberIds: [] })).rejects.toThrow('The catalogue has no training "no-such-course".');
    await expect(api.call('planAddTraining', { planId: created.id, trainingId: CART, memberIds: ['m-ghost'] })).rejects.toThrow('No team member has the id m-ghost.');
    await expect(api.call('planGet', { id: 'p-gone' })).rejects.toThrow('This plan no longer exists.');
    await expect(api.call('planCreate', { ...fields, period: { start: '2026-05-01', end: '2026-04-01' } })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('exports PDF, CSV and ICS to the path the save dialog gives, and does nothing when it is cancelled', async () => {
    const api = await withMembers(await tempDir());
    const created = await api.call('planCreate', fields);
    const view = await api.call('planAddTraining', { planId: created.id, trainingId: CART, memberIds: ['m-ana', 'm-ben'] });
    await expect(api.call('planExport', { id: created.id, format: 'ics' })).rejects.toThrow(/no dated items/);
    await api.call('planSave', { ...view.plan, items: view.plan.items.map((i) => ({ ...i, targetDate: '2026-04-01' })) });

    const out = await tempDir();
    for (const format of ['pdf', 'csv', 'ics'] as const) {
      const path = join(out, `plan.${format}`);
      api.answers.save.push(path);
      expect(await api.call('planExport', { id: created.id, format })).toEqual({ savedTo: path });
      expect((await stat(path)).size).toBeGreaterThan(100);
    }
    expect((await readFile(join(out, 'plan.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(join(out, 'plan.csv'), 'utf8')).toContain('Ana Diaz');
    expect(await readFile(join(out, 'plan.ics'), 'utf8')).toContain('DTSTART;VALUE=DATE:20260401');

    expect(await api.call('planExport', { id: created.id, format: 'pdf' })).toEqual({ savedTo: null });
    expect((await readdir(out)).sort()).toEqual(['plan.csv', 'plan.ics', 'plan.pdf']);
  });

  it('suggests neutral file names that never carry the plan name', async () => {
    const api = await withMembers(await tempDir());
    const created = await api.call('planCreate', { ...fields, name: 'Onboarding for Ana Diaz' });
    await api.call('planAddTraining', { planId: created.id, trainingId: CART, memberIds: ['m-ana'] });
    await api.call('planExport', { id: created.id, format: 'pdf' });
    await api.call('planExport', { id: created.id, format: 'csv' });
    expect(api.answers.suggestedNames).toEqual(['training-plan-2026-06-01.pdf', 'training-plan-2026-06-01.csv']);
  });
});
