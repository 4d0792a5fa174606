import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ProfileDraftInput } from '../../../shared/model/requirements';
import { useTempDirs } from '../store/temp-dir';
import { openApi } from '../team/api-harness';

async function pdfPages(path: string): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: false });
  return (text as string[]).map((t) => t.replace(/\s+/g, ' '));
}

const csvRows = async (path: string): Promise<string[][]> => Papa.parse<string[]>((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('compliance exports', () => {
  const tempDir = useTempDirs();

  async function setUp(notify?: (title: string, body: string) => void) {
    const dir = await tempDir();
    let now = new Date(2026, 5, 1, 12);
    const api = await openApi(dir, { now: () => now, ...(notify ? { notify } : {}) });
    const [a, b] = api.services.catalogue.current().trainings;
    const dana = await api.call('memberCreate', { name: 'Dana Reyes', role: 'Detective', agency: 'Metro PD', email: 'dana@metro.gov' });
    const sam = await api.call('memberCreate', { name: 'Sam Lee', role: 'Detective', agency: 'County SO' });
    const draft: ProfileDraftInput = {
      name: 'ICAC investigator',
      appliesTo: { roles: ['detective'] },
      requirements: [
        { kind: 'training', trainings: [{ kind: 'catalogue', trainingId: a!.id, title: a!.title }] },
        { kind: 'recurring', trainings: [{ kind: 'catalogue', trainingId: b!.id, title: b!.title }], cycle: { type: 'rolling', months: 12 } },
        { kind: 'hours', label: 'Annual in-service hours', hours: 8, cycle: { type: 'yearly', startMonth: 1 } },
      ],
    };
    await api.call('profileSave', { draft });
    const record = (memberId: string, trainingId: string, completedOn: string, extra: object = {}) =>
      api.call('completionsRecord', { memberIds: [memberId], draft: { training: { kind: 'catalogue', trainingId }, completedOn, hours: 3, ...extra } });
    return { api, dir, a: a!, b: b!, dana, sam, record, setNow: (d: Date) => (now = d) };
  }

  it('writes one member’s transcript: every completion with its facts, totals by year and family, statuses on the printing date, attestation, page X of Y', async () => {
    const { api, dir, a, b, dana, record } = await setUp();
    await record(dana.id, a.id, '2025-03-04', { certificateNumber: 'CERT-77', validForMonths: 24, creditHours: 2.5 });
    await record(dana.id, b.id, '2026-02-10');
    for (let i = 0; i < 70; i++) await record(dana.id, b.id, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
    api.saveAnswers.push(join(dir, 'transcript.pdf'));
    expect(await api.call('transcriptExport', { memberIds: [dana.id] })).toEqual({ savedTo: join(dir, 'transcript.pdf') });
    expect(api.suggestedNames).toEqual(['training-transcript-2026-06-01.pdf']);
    const pages = await pdfPages(join(dir, 'transcript.pdf'));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain('Generated Jun 1, 2026');
    });
    const all = pages.join(' ');
    expect(all).toContain('Dana Reyes');
    expect(all).toContain('Detective · Metro PD');
    expect(all).toContain('Mar 4, 2025');
    expect(all).toContain('CERT-77');
    expect(all).toContain('Mar 4, 2027'); // expiry: 24 months later
    expect(all).toContain('2.5'); // credit hours
    // Totals: 70 in 2024 (210 hours), 1 in 2025, 1 in 2026, 72 in all.
    expect(all).toMatch(/2024 70 210/);
    expect(all).toMatch(/All years 72 216/);
    expect(all).toContain('Requirements on Jun 1, 2026');
    expect(all).toMatch(/Annual in-service hours Overdue/);
    expect(all).toContain('I attest that this transcript is a true and complete copy of the training records held for Dana Reyes on Jun 1, 2026.');
  });

  it('marks the records whose certificate is kept with them: "Certificate on file" on that row only', async () => {
    const { api, dir, a, dana, record } = await setUp();
    const [certified] = await record(dana.id, a.id, '2026-03-01', { certificateNumber: 'CERT-9' });
    await record(dana.id, a.id, '2026-04-02', { certificateNumber: 'CERT-10' });
    const file = join(dir, 'dana-certificate.pdf');
    await writeFile(file, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    api.openAnswers.push(file);
    expect((await api.call('certificateAttach', { completionId: certified!.id })).change?.after.certificate?.fileName).toBe('dana-certificate.pdf');
    api.saveAnswers.push(join(dir, 'transcript.pdf'));
    await api.call('transcriptExport', { memberIds: [dana.id] });
    const all = (await pdfPages(join(dir, 'transcript.pdf'))).join(' ');
    // Rows run oldest first: the mark sits in the 1 March row, after its number, and nowhere else.
    expect(all.match(/Certificate on file/g)).toHaveLength(1);
    expect(all).toMatch(/Mar 1, 2026 .*CERT-9 Certificate on file.* Apr 2, 2026 .*CERT-10/);
  });

  it('writes a selection as one PDF, each member on their own pages, and refuses a deleted member before asking where to save', async () => {
    const { api, dir, dana, sam } = await setUp();
    api.saveAnswers.push(join(dir, 'both.pdf'));
    await api.call('transcriptExport', { memberIds: [dana.id, sam.id] });
    const pages = await pdfPages(join(dir, 'both.pdf'));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Dana Reyes');
    expect(pages[0]).not.toContain('Sam Lee');
    expect(pages[1]).toContain('Sam Lee');
    const refused = await api.raw('transcriptExport', { memberIds: [dana.id, 'm-ghost'] });
    expect(refused.ok ? '' : refused.error.message).toContain('no longer exists');
    expect(api.suggestedNames).toHaveLength(1);
  });

  it('writes the compliance report as PDF (profile in words, matrix, date) and the matrix as CSV', async () => {
    const { api, dir, a, dana, record } = await setUp();
    await record(dana.id, a.id, '2026-01-10');
    api.saveAnswers.push(join(dir, 'report.pdf'), join(dir, 'report.csv'));
    await api.call('complianceReportExport', { format: 'pdf' });
    await api.call('complianceReportExport', { format: 'csv' });
    expect(api.suggestedNames).toEqual(['compliance-report-2026-06-01.pdf', 'compliance-report-2026-06-01.csv']);
    const pages = await pdfPages(join(dir, 'report.pdf'));
    const all = pages.join(' ');
    expect(all).toContain('Who is current on Jun 1, 2026');
    expect(all).toContain('Applies to: active members by role detective');
    expect(all).toContain('At least 8 hours in each calendar year.');
    expect(all).toContain('Take this training again within 12 months of the last time.');
    expect(all).toMatch(/Page 1 of \d/);
    const rows = await csvRows(join(dir, 'report.csv'));
    expect(rows[0]![0]).toContain('status on 2026-06-01');
    expect(rows[0]).toContain('ICAC investigator: Annual in-service hours');
    expect(rows[1]).toContain('At least 8 hours in each calendar year.');
    const danaRow = rows.find((r) => r[0] === 'Dana Reyes')!;
    const col = rows[0]!.indexOf('ICAC investigator: Annual in-service hours');
    expect(danaRow[col]).toBe('Overdue');
    expect(danaRow[rows[0]!.indexOf(`ICAC investigator: ${a.title}`)]).toBe('Current');
    expect(rows).toHaveLength(4); // header, rules, two detectives
  });

  it('exports reminders as one calendar event per due requirement and a mail-merge CSV; refuses when nothing is due', async () => {
    const { api, dir, a, b, dana, sam, record, setNow } = await setUp();
    for (const m of [dana, sam]) {
      await record(m.id, a.id, '2026-01-10', { hours: 8 });
      await record(m.id, b.id, '2026-01-10');
    }
    const none = await api.raw('remindersExport', { format: 'ics' });
    expect(none.ok ? '' : none.error.message).toContain('Nothing is overdue or due soon');
    expect(api.suggestedNames).toEqual([]);
    // On 2026-11-01 the recurring course (done 2026-01-10, every 12 months) is due by 2027-01-10: inside the 90-day window.
    setNow(new Date(2026, 10, 1, 12));
    api.saveAnswers.push(join(dir, 'r.ics'), join(dir, 'r.csv'));
    await api.call('remindersExport', { format: 'ics' });
    await api.call('remindersExport', { format: 'csv' });
    // Long lines are folded (RFC 5545 §3.1: CRLF then a space or tab); read them unfolded.
    const ics = (await readFile(join(dir, 'r.ics'), 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270110');
    expect(ics).toMatch(/SUMMARY:Due: .* \(Dana Reyes\)/);
    const rows = await csvRows(join(dir, 'r.csv'));
    expect(rows[0]).toEqual(['Name', 'Email', 'Role', 'Agency', 'Profile', 'Requirement', 'Status', 'Due by', 'Due by (words)', 'What it asks']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[6], r[7]])).toEqual([
      ['Dana Reyes', 'dana@metro.gov', 'Due soon', '2027-01-10'],
      ['Sam Lee', '', 'Due soon', '2027-01-10'],
    ]);
  });

  it('the daily reminder raises a system notification only when Settings allow it, at most once a day', async () => {
    const shown: string[] = [];
    const { api, b, dana, sam, record, setNow } = await setUp((title, body) => shown.push(`${title}: ${body}`));
    // Last year's course only: both detectives are overdue on this year's hours and on the yearly renewal.
    for (const m of [dana, sam]) await record(m.id, b.id, '2025-03-01');
    let reminder = await api.call('complianceDailyReminder', {});
    expect(reminder).toMatchObject({ overduePeople: 2, notified: false });
    expect(shown).toEqual([]);
    await api.call('settingsSet', { osNotifications: true });
    reminder = await api.call('complianceDailyReminder', {});
    expect(reminder.notified).toBe(true);
    expect(shown).toEqual(['Training compliance: 2 people have training overdue. Open Compliance in TTA Navigator for the names.']);
    expect((await api.call('complianceDailyReminder', {})).notified).toBe(false);
    setNow(new Date(2026, 5, 2, 12));
    expect((await api.call('complianceDailyReminder', {})).notified).toBe(true);
    expect(shown).toHaveLength(2);
  });
});
