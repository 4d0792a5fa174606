import { describe, expect, it } from 'vitest';
import { openApi } from '../team/api-harness';
import { useTempDirs } from '../store/temp-dir';
import type { ProfileDraftInput } from '../../../shared/model/requirements';

describe('compliance channels', () => {
  const tempDir = useTempDirs();

  async function setUp() {
    const api = await openApi(await tempDir(), { now: () => new Date(2026, 5, 1, 12) });
    const training = api.services.catalogue.current().trainings[0]!;
    const dana = await api.call('memberCreate', { name: 'Dana Reyes', role: 'Detective' });
    const sam = await api.call('memberCreate', { name: 'Sam Lee', role: 'Prosecutor' });
    const draft: ProfileDraftInput = {
      name: 'ICAC investigator',
      appliesTo: { roles: ['detective'] },
      requirements: [
        { kind: 'training', trainings: [{ kind: 'catalogue', trainingId: training.id, title: 'typed by hand' }] },
        { kind: 'hours', label: 'Annual hours', hours: 8, cycle: { type: 'yearly', startMonth: 1 } },
      ],
    };
    return { api, training, dana, sam, draft };
  }

  it('mints the ids, copies the catalogue title, and keeps requirement ids across an edit', async () => {
    const { api, training, draft } = await setUp();
    const { before, after } = await api.call('profileSave', { draft });
    expect(before).toBeNull();
    expect(after.id).toMatch(/^pr-/);
    expect(after.requirements.map((r) => r.id.slice(0, 3))).toEqual(['rq-', 'rq-']);
    expect(after.requirements[0]).toMatchObject({ trainings: [{ kind: 'catalogue', trainingId: training.id, title: training.title }] });
    const edited = await api.call('profileSave', { id: after.id, draft: { ...draft, requirements: [{ ...draft.requirements[0]!, id: after.requirements[0]!.id }, { ...draft.requirements[1]!, id: 'rq-not-mine' }] } });
    expect(edited.after.requirements[0]!.id).toBe(after.requirements[0]!.id);
    expect(edited.after.requirements[1]!.id).not.toBe('rq-not-mine');
    expect(api.services.store.data().profiles).toHaveLength(1);
  });

  it('refuses an unknown training, a duplicate name and a stray member, naming what was wrong', async () => {
    const { api, draft } = await setUp();
    await api.call('profileSave', { draft });
    const dup = await api.raw('profileSave', { draft });
    expect(dup.ok ? '' : dup.error.message).toContain('already called “ICAC investigator”');
    const unknown = await api.raw('profileSave', { draft: { ...draft, name: 'Other', requirements: [{ kind: 'training', trainings: [{ kind: 'catalogue', trainingId: 'no-such-course', title: 'X' }] }] } });
    expect(unknown.ok ? '' : unknown.error.message).toContain('Requirement 1: the training "no-such-course" is not in the catalogue');
    const stray = await api.raw('profileSave', { draft: { ...draft, name: 'Third', appliesTo: { memberIds: ['m-ghost'] } } });
    expect(stray.ok ? '' : stray.error.message).toContain('no team member has the id m-ghost');
    const bad = await api.raw('profileSave', { draft: { ...draft, name: 'Fourth', requirements: [{ kind: 'hours', label: 'H', hours: -1, cycle: { type: 'yearly', startMonth: 13 } }] } as never });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.error.details).toEqual(expect.arrayContaining(['draft.requirements[0].hours: Ask for at least half an hour']));
    expect(api.services.store.data().profiles).toHaveLength(1);
  });

  it('delete then restore puts the profile back; the digest counts the people overdue on main’s today', async () => {
    const { api, training, dana, draft } = await setUp();
    const { after } = await api.call('profileSave', { draft });
    let digest = await api.call('complianceDigest', {});
    expect(digest).toMatchObject({ today: '2026-06-01', overduePeople: 0, dueSoonPeople: 0 });
    // Last year's hours only: the 2026 hours are overdue since 1 January.
    await api.call('completionsRecord', { memberIds: [dana.id], draft: { training: { kind: 'catalogue', trainingId: training.id }, completedOn: '2025-03-01', hours: 2 } });
    digest = await api.call('complianceDigest', {});
    expect(digest.overduePeople).toBe(1);
    expect(digest.items).toEqual([{ memberId: dana.id, memberName: 'Dana Reyes', profileName: 'ICAC investigator', requirement: 'Annual hours', status: 'overdue', date: '2026-01-01' }]);
    const removed = await api.call('profileDelete', { id: after.id });
    expect((await api.call('complianceDigest', {})).items).toEqual([]);
    await api.call('profileRestore', { profile: removed });
    expect((await api.call('profilesList', {})).profiles).toEqual([after]);
  });
});
