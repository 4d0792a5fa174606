import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, openStore } from '../../../main/services/store';
import type { CompletionDraftInput, MemberFieldsInput } from '../../../shared/model/team';

import { parseCsvTable } from '../../../shared/team/csv-parse';
import { useTempDirs } from '../store/temp-dir';
import { openApi } from './api-harness';
import { suggestMapping } from '../../../shared/team/import-presets';

const dana: MemberFieldsInput = { name: 'Dana Reyes', role: 'Detective', agency: 'Example County SO', email: 'dana@example.gov', audiences: ['law-enforcement'] };
const sam: MemberFieldsInput = { name: 'Sam Lee', role: 'Prosecutor', agency: 'Example County DA', audiences: ['prosecutors'] };
const onDisk = async (dir: string) => JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8'));
const bytes = (dir: string) => readFile(join(dir, DATA_FILE_NAME), 'utf8');

describe('team channels on a real data file', () => {
  const tempDir = useTempDirs();

  it('creates, edits, deactivates, deletes and restores a member with their records', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const a = await api.call('memberCreate', dana);
    const b = await api.call('memberCreate', sam);
    expect(a).toMatchObject({ name: 'Dana Reyes', active: true, email: 'dana@example.gov' });
    expect((await onDisk(dir)).members).toHaveLength(2);

    const { before, after } = await api.call('memberUpdate', { id: a.id, fields: { ...dana, role: 'Sergeant', active: false } });
    expect(before.role).toBe('Detective');
    expect(after).toMatchObject({ role: 'Sergeant', active: false });
    expect((await onDisk(dir)).members[0]).toMatchObject({ role: 'Sergeant', active: false });

    const recorded = await api.call('completionsRecord', {
      memberIds: [a.id, b.id],
      draft: { training: { kind: 'custom', title: 'Courtroom Testimony', provider: 'County DA' }, completedOn: '2026-02-01', hours: 4 },
    });
    expect(recorded).toHaveLength(2);

    const removed = await api.call('memberDelete', { id: a.id });
    expect(removed.member.id).toBe(a.id);
    expect(removed.completions.map((c) => c.memberId)).toEqual([a.id]);
    const afterDelete = await onDisk(dir);
    expect(afterDelete.members.map((m: { id: string }) => m.id)).toEqual([b.id]);
    expect(afterDelete.completions.map((c: { memberId: string }) => c.memberId)).toEqual([b.id]);

    await api.call('memberRestore', removed);
    const restored = await onDisk(dir);
    expect(restored.members.find((m: { id: string }) => m.id === a.id)).toEqual(removed.member);
    expect(restored.completions).toHaveLength(2);
    // Undoing twice must not duplicate anything.
    const again = await api.raw('memberRestore', removed);
    expect(again).toMatchObject({ ok: false, error: { code: 'rejected', message: 'Dana Reyes is already on the team; nothing to restore.' } });
  });

  it('refuses bad member input with the field named, and a second member with the same email', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const bad = await api.raw('memberCreate', { ...dana, email: 'not-an-email', name: '  ' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-input');
      expect(bad.error.details!.join('\n')).toMatch(/name: Enter the member’s name/);
      expect(bad.error.details!.join('\n')).toMatch(/email: Enter an email address/);
    }
    await api.call('memberCreate', dana);
    const before = await bytes(dir);
    const clash = await api.raw('memberCreate', { ...sam, email: 'DANA@example.gov' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'rejected', message: 'Dana Reyes already uses the email DANA@example.gov; each member needs their own.' } });
    expect(await bytes(dir)).toBe(before);
  });

  it('records a catalogue training for several members with a title snapshot, and refuses unknown trainings and members', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const training = api.services.catalogue.current().trainings.find((t) => t.hours !== undefined)!;
    const a = await api.call('memberCreate', dana);
    const b = await api.call('memberCreate', sam);
    const draft: CompletionDraftInput = { training: { kind: 'catalogue', trainingId: training.id }, completedOn: '2026-03-01', hours: training.hours!, validForMonths: 24, certificateNumber: 'X-1' };
    const added = await api.call('completionsRecord', { memberIds: [a.id, b.id, a.id], draft });
    expect(added).toHaveLength(2);
    expect(added[0]).toMatchObject({ memberId: a.id, trainingId: training.id, trainingTitle: training.title, trainingFamily: training.family, validForMonths: 24 });

    const before = await bytes(dir);
    const unknownTraining = await api.raw('completionsRecord', { memberIds: [a.id], draft: { ...draft, training: { kind: 'catalogue', trainingId: 'no-such-training' } } });
    expect(unknownTraining).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('"no-such-training" is not in the catalogue') } });
    const unknownMember = await api.raw('completionsRecord', { memberIds: [a.id, 'm-ghost'], draft });
    expect(unknownMember).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('m-ghost') } });
    const badHours = await api.raw('completionsRecord', { memberIds: [a.id], draft: { ...draft, hours: 2.125 } });
    expect(badHours).toMatchObject({ ok: false, error: { code: 'invalid-input', details: ['draft.hours: Use at most two decimal places'] } });
    expect(await bytes(dir)).toBe(before);
  });

  it('records the expiry date printed on a certificate, refuses one not after the completion date, and an edit can remove it', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const a = await api.call('memberCreate', dana);
    const draft: CompletionDraftInput = { training: { kind: 'custom', title: 'Firearms Qualification', provider: '' }, completedOn: '2026-03-01', expiresOn: '2027-02-28' };
    const [added] = await api.call('completionsRecord', { memberIds: [a.id], draft });
    expect(added).toMatchObject({ completedOn: '2026-03-01', expiresOn: '2027-02-28' });
    expect((await onDisk(dir)).completions[0].expiresOn).toBe('2027-02-28');

    const before = await bytes(dir);
    for (const expiresOn of ['2026-03-01', '2026-02-28']) {
      const refused = await api.raw('completionsRecord', { memberIds: [a.id], draft: { ...draft, expiresOn } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', details: ['draft.expiresOn: The expiry date must be after the completion date'] } });
    }
    const badEdit = await api.raw('completionUpdate', { id: added!.id, memberId: a.id, draft: { ...draft, completedOn: '2027-03-01' } });
    expect(badEdit).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await bytes(dir)).toBe(before);

    const { after } = await api.call('completionUpdate', { id: added!.id, memberId: a.id, draft: { training: draft.training, completedOn: '2026-03-01' } });
    expect(after.expiresOn).toBeUndefined();
    expect((await onDisk(dir)).completions[0]).not.toHaveProperty('expiresOn');
  });

  it('refuses a completion dated after today (tomorrow passes, for time zones), recorded or edited, and writes nothing', async () => {
    const dir = await tempDir();
    // The harness's clock: 2026-06-01, midday UTC.
    const api = await openApi(dir);
    const a = await api.call('memberCreate', dana);
    const draft: CompletionDraftInput = { training: { kind: 'custom', title: 'Firearms Qualification', provider: '' }, completedOn: '2026-06-02' };
    const [added] = await api.call('completionsRecord', { memberIds: [a.id], draft });
    const before = await bytes(dir);
    const refused = await api.raw('completionsRecord', { memberIds: [a.id], draft: { ...draft, completedOn: '2026-06-03' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', message: 'The completion date is after today: record a training once it has been taken.' } });
    const badEdit = await api.raw('completionUpdate', { id: added!.id, memberId: a.id, draft: { ...draft, completedOn: '2027-01-15' } });
    expect(badEdit).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(await bytes(dir)).toBe(before);
  });

  it('edits a record whose training left the catalogue without losing its stored title', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const a = await api.call('memberCreate', dana);
    await api.services.store.update((d) => {
      d.completions.push({ id: 'c-old', memberId: a.id, trainingId: 'retired-course', trainingTitle: 'A Retired Course', trainingFamily: 'ovw', completedOn: '2020-05-01', hours: 8, createdAt: '2020-05-02T00:00:00.000Z' });
    });
    const { before, after } = await api.call('completionUpdate', {
      id: 'c-old',
      memberId: a.id,
      draft: { training: { kind: 'catalogue', trainingId: 'retired-course' }, completedOn: '2020-05-01', hours: 10, notes: 'Hours corrected' },
    });
    expect(before.hours).toBe(8);
    expect(after).toMatchObject({ trainingTitle: 'A Retired Course', trainingFamily: 'ovw', hours: 10, notes: 'Hours corrected', createdAt: '2020-05-02T00:00:00.000Z' });
    expect((await onDisk(dir)).completions[0]).toEqual(after);
  });

  it('deletes records and restores them exactly once', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const a = await api.call('memberCreate', dana);
    const added = await api.call('completionsRecord', {
      memberIds: [a.id],
      draft: { training: { kind: 'custom', title: 'First Aid', provider: '' }, completedOn: '2026-01-01', hours: 2 },
    });
    const removed = await api.call('completionsDelete', { ids: [added[0]!.id] });
    expect((await onDisk(dir)).completions).toEqual([]);
    await api.call('completionsRestore', { completions: removed });
    expect((await onDisk(dir)).completions).toEqual(removed);
    expect(await api.raw('completionsRestore', { completions: removed })).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(await api.raw('completionsDelete', { ids: [added[0]!.id, 'c-missing'] })).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect((await onDisk(dir)).completions).toHaveLength(1);
  });

  it('reports the same epoch until a backup restore replaces the data', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    await api.call('memberCreate', dana);
    const first = await api.call('teamList', {});
    expect(first).toMatchObject({ unchanged: false, members: [{ name: 'Dana Reyes' }] });
    expect(await api.call('teamList', { knownEpoch: first.epoch })).toEqual({ epoch: first.epoch, unchanged: true });
    // Reopening takes a backup of the file with Dana; then she is deleted and the backup restored.
    const reopened = await openApi(dir);
    const listed = await reopened.call('teamList', {});
    await reopened.call('memberDelete', { id: listed.unchanged ? '' : listed.members[0]!.id });
    const epochBefore = (await reopened.call('teamList', {})).epoch;
    await reopened.call('automaticBackupRestore', {});
    const after = await reopened.call('teamList', { knownEpoch: epochBefore });
    expect(after.unchanged).toBe(false);
    expect(after.unchanged === false && after.members.map((m) => m.name)).toEqual(['Dana Reyes']);
  });
});

describe('CSV import and export on real files', () => {
  const tempDir = useTempDirs();
  const csv = (name: string) => readFile(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');

  async function importFile(api: Awaited<ReturnType<typeof openApi>>, fileName: string, text: string, createMissingMembers = false) {
    const table = parseCsvTable(text);
    return api.raw('completionsImport', { fileName, text, mapping: suggestMapping(table.headers).mapping, options: { ...suggestMapping(table.headers).options, dateOrder: 'mdy' as const }, createMissingMembers });
  }

  it('rejects a file with one bad row, naming it, and writes nothing; the fixed file imports whole', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    await api.call('memberCreate', dana);
    await api.call('memberCreate', sam);
    const before = await bytes(dir);

    const rejected = await importFile(api, 'team-import-one-bad-row.csv', await csv('team-import-one-bad-row.csv'));
    expect(rejected).toEqual({
      ok: false,
      error: {
        code: 'rejected',
        message: 'Nothing was imported: 1 row of team-import-one-bad-row.csv has problems. Fix them and import the file again.',
        details: ['Row 3, Completed on: "2026-02-30" is not a real calendar date'],
      },
    });
    expect(await bytes(dir)).toBe(before);
    expect(api.services.store.data().completions).toEqual([]);

    const imported = await importFile(api, 'team-import-fixed.csv', await csv('team-import-fixed.csv'));
    expect(imported.ok && imported.value.added.map((c) => [c.custom?.title, c.completedOn, c.validForMonths])).toEqual([
      ['Regional Digital Evidence Workshop', '2026-02-10', 24],
      ['Regional Digital Evidence Workshop', '2026-02-28', 24],
      ['Courtroom Testimony Basics', '2026-02-03', undefined],
    ]);
    expect((await onDisk(dir)).completions).toHaveLength(3);
    // Importing the same file again adds nothing: every row is already recorded.
    const again = await importFile(api, 'team-import-fixed.csv', await csv('team-import-fixed.csv'));
    expect(again).toMatchObject({ ok: true, value: { added: [], duplicates: 3 } });
    expect((await onDisk(dir)).completions).toHaveLength(3);
  });

  it('rejects a malformed file as a whole and says why', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    await api.call('memberCreate', dana);
    const before = await bytes(dir);
    const result = await importFile(api, 'missing-date-column.csv', await csv('missing-date-column.csv'));
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Nothing was imported: missing-date-column.csv cannot be read as records.', details: [expect.stringContaining('completion date')] },
    });
    expect(await bytes(dir)).toBe(before);
  });

  it('imports 50,000 rows from a generated file on disk in one write', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const training = api.services.catalogue.current().trainings[0]!;
    const lines = ['Member name,Member email,Training title,Completed on,Hours,Valid for months,Notes'];
    for (let i = 0; i < 50_000; i++) {
      const title = i % 5 === 0 ? training.title : `Local course ${i % 97}`;
      const date = i % 3 === 0 ? `${(i % 12) + 1}/${(i % 28) + 1}/2025` : i % 3 === 1 ? String(45292 + (i % 700)) : `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      lines.push(`Person ${i % 400},person${i % 400}@example.gov,"${title}",${date},${(i % 16) / 4 + 1},${i % 2 ? 24 : ''},"row ${i}, ok"`);
    }
    const path = join(dir, 'big.csv');
    await writeFile(path, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
    let writes = 0;
    const update = api.services.store.update.bind(api.services.store);
    api.services.store.update = (change) => {
      writes++;
      return update(change);
    };
    const result = await importFile(api, 'big.csv', await readFile(path, 'utf8'), true);
    expect(writes).toBe(1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.newMembers).toHaveLength(400);
    // Rows that repeat member, training and date are skipped, and said so; so are further days of one class (a course a day or two apart).
    expect(result.value.classDays).toBeGreaterThan(0);
    expect(result.value.added.length + result.value.duplicates + result.value.classDays).toBe(50_000);
    expect(result.value.added.length).toBeGreaterThan(40_000);
    const reopened = await openStore({ dir });
    expect(reopened.data().completions).toHaveLength(result.value.added.length);
    expect(reopened.data().members).toHaveLength(400);
    expect(reopened.data().completions.find((c) => c.notes === 'row 7, ok')).toMatchObject({ memberId: result.value.newMembers[7]!.id, completedOn: '2024-01-08', hours: 2.75, validForMonths: 24 });
  });

  it('exports one neutralised row per completion to the chosen path, and the file imports back', async () => {
    const dir = await tempDir();
    const api = await openApi(dir);
    const a = await api.call('memberCreate', { ...dana, name: '=HYPERLINK("http://evil.example","Dana")' });
    const b = await api.call('memberCreate', sam);
    await api.call('completionsRecord', {
      memberIds: [a.id, b.id],
      draft: { training: { kind: 'custom', title: '@Risk Assessment, Part 1', provider: '+Plus Academy' }, completedOn: '2026-01-05', hours: 3.5, notes: '-see "binder"\nline 2', validForMonths: 12 },
    });
    const target = join(dir, 'export.csv');
    api.saveAnswers.push(target);
    expect(await api.call('completionsExport', {})).toEqual({ path: target, rows: 2 });
    const text = await readFile(target, 'utf8');
    expect(text.startsWith('\uFEFFMember name,Member email,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Dana"")"`);
    expect(text).toContain(`"'@Risk Assessment, Part 1",'+Plus Academy`);
    expect(text).toContain(`"'-see ""binder""\nline 2"`);
    expect(text).toContain('2027-01-05,Valid');
    // No cell of the file starts with a formula character.
    const table = parseCsvTable(text);
    for (const row of table.rows) for (const cell of row.cells) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);

    api.saveAnswers.push(join(dir, 'sam.csv'));
    expect(await api.call('completionsExport', { memberId: b.id })).toEqual({ path: join(dir, 'sam.csv'), rows: 1 });
    expect(await api.call('completionsExport', {})).toEqual({ path: null, rows: 0 });
    // The suggested names never carry a member's name (recent-file lists, mail attachments).
    expect(api.suggestedNames).toEqual(['training-records-2026-06-01.csv', 'training-records-2026-06-01.csv', 'training-records-2026-06-01.csv']);

    const fresh = await openApi(await tempDir());
    const back = await importFile(fresh, 'export.csv', text, true);
    // The answer is the records as stored: with the change's stamps (no coordinator name is set here).
    expect(back.ok && back.value.added.map(({ id: _i, memberId: _m, createdAt: _c, ...rest }) => rest)).toEqual([
      { custom: { title: '@Risk Assessment, Part 1', provider: '+Plus Academy' }, completedOn: '2026-01-05', hours: 3.5, notes: '-see "binder"\nline 2', validForMonths: 12, updatedAt: '2026-06-01T12:00:00.000Z', updatedBy: '' },
      { custom: { title: '@Risk Assessment, Part 1', provider: '+Plus Academy' }, completedOn: '2026-01-05', hours: 3.5, notes: '-see "binder"\nline 2', validForMonths: 12, updatedAt: '2026-06-01T12:00:00.000Z', updatedBy: '' },
    ]);
    expect(back.ok && back.value.newMembers.map((m) => m.name).sort()).toEqual(['=HYPERLINK("http://evil.example","Dana")', 'Sam Lee']);
  });
});
