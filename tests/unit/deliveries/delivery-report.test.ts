import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { BAR_WIDTH } from '../../../main/services/pdf/delivery-report-pdf-definition';
import { filledRects } from '../../support/pdf-drawing';
import { useTempDirs } from '../store/temp-dir';
import { startApi } from '../plans/api-harness';
import { federalFiscalYear, quarterPeriod } from '../../../shared/deliveries/report-periods';
import { REPORT_CSV_HEADER } from '../../../shared/deliveries/delivery-report-csv';
import type { DeliveryFieldsInput } from '../../../shared/model/delivery';

const TRAINING = 'ncjtc-child-sex-trafficking-law-enforcement-response';

async function seeded(dir: string, now?: () => Date) {
  const api = await startApi(dir, now);
  const ana = await api.call('memberCreate', { name: 'Ana Diaz', role: 'Detective', agency: 'County Sheriff', audiences: ['law-enforcement'] });
  const ben = await api.call('memberCreate', { name: 'Ben Lee', role: 'Advocate', agency: 'Child Advocacy Center', audiences: ['victim-service-providers'] });
  const curriculum = await api.call('curriculumCreate', { fields: { title: 'CST for Patrol' } });
  const byCounts: DeliveryFieldsInput = {
    subject: { kind: 'curriculum', curriculumId: curriculum.id, title: curriculum.title },
    startDate: '2026-07-14',
    endDate: '2026-07-15',
    location: 'Police academy, Salem',
    hours: 12,
    presenters: ['Sgt. Maria Lopez'],
    topics: ['child-sex-trafficking', 'victim-services'],
    attendance: {
      kind: 'counts',
      counts: [
        { audience: 'law-enforcement', agency: 'Salem PD', count: 18 },
        { audience: 'law-enforcement', agency: 'County Sheriff', count: 6 },
        { audience: 'prosecutors', agency: 'County DA', count: 2 },
      ],
    },
    evaluationAverage: 4.6,
  };
  const byList: DeliveryFieldsInput = {
    subject: { kind: 'training', trainingId: TRAINING, title: 'x' },
    startDate: '2026-09-02',
    endDate: '2026-09-02',
    online: true,
    hours: 3.5,
    topics: ['child-sex-trafficking'],
    attendance: {
      kind: 'list',
      attendees: [
        { name: 'Ana Diaz', agency: 'County Sheriff', audience: 'law-enforcement', memberId: ana.id },
        { name: 'Ben Lee', agency: 'Child Advocacy Center', audience: 'victim-service-providers', memberId: ben.id },
        { name: 'Chris Moe', agency: 'Salem PD', audience: 'law-enforcement' },
        { name: 'Dee Fox', agency: '' },
      ],
    },
  };
  const first = await api.call('deliveryCreate', byCounts);
  const second = await api.call('deliveryCreate', byList);
  // Outside the quarter: counts in the fiscal year, not the quarter.
  await api.call('deliveryCreate', { ...byCounts, startDate: '2026-06-30', endDate: '2026-06-30', attendance: { kind: 'counts', counts: [{ count: 10 }] } });
  return { api, ana, ben, first, second };
}

describe('deliveries and the delivery report', () => {
  const tempDir = useTempDirs();

  it('periods: a calendar quarter and the federal fiscal year', () => {
    expect(quarterPeriod(2026, 3)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterPeriod(2024, 1)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(federalFiscalYear(2026)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
  });

  it('totals the quarter: sessions, people by audience and agency, session hours and person-hours, topics', async () => {
    const { api } = await seeded(await tempDir());
    const report = await api.call('deliveryReport', quarterPeriod(2026, 3));
    expect(report.sessions).toBe(2);
    expect(report.people).toBe(30); // 26 by counts + 4 listed
    expect(report.sessionHours).toBe(15.5);
    expect(report.personHours).toBe(12 * 26 + 3.5 * 4);
    expect(report.byAudience).toEqual([
      { audience: 'law-enforcement', people: 26 },
      { audience: 'prosecutors', people: 2 },
      { audience: 'victim-service-providers', people: 1 },
      { audience: '', people: 1 },
    ]);
    expect(report.byAgency).toEqual([
      { agency: 'Salem PD', people: 19 },
      { agency: 'County Sheriff', people: 7 },
      { agency: 'County DA', people: 2 },
      { agency: 'Child Advocacy Center', people: 1 },
      { agency: '', people: 1 },
    ]);
    expect(report.topics).toEqual([
      { topic: 'child-sex-trafficking', sessions: 2 },
      { topic: 'victim-services', sessions: 1 },
    ]);
    expect(report.rows.map((r) => [r.title, r.where, r.people])).toEqual([
      ['CST for Patrol', 'Police academy, Salem', 26],
      ['Child Sex Trafficking: Law Enforcement Response', 'Online', 4],
    ]);
    expect((await api.call('deliveryReport', federalFiscalYear(2026))).sessions).toBe(3);
  });

  it('gives the listed team members the completion in one step, never twice', async () => {
    // After the session: its attendees' completions are in the past.
    const { api, ana, ben, first, second } = await seeded(await tempDir(), () => new Date('2026-10-01T12:00:00'));
    const { recorded, alreadyRecorded } = await api.call('deliveryRecordCompletions', { id: second.id });
    expect(recorded.map((c) => [c.memberId, c.trainingId, c.completedOn, c.hours])).toEqual([
      [ana.id, TRAINING, '2026-09-02', 3.5],
      [ben.id, TRAINING, '2026-09-02', 3.5],
    ]);
    expect(alreadyRecorded).toBe(0);
    const again = await api.call('deliveryRecordCompletions', { id: second.id });
    expect(again).toEqual({ recorded: [], alreadyRecorded: 2 });
    expect(api.services.store.data().completions).toHaveLength(2);
    await expect(api.call('deliveryRecordCompletions', { id: first.id })).rejects.toThrow(/records attendance as counts/);
  });

  it('gives no completion for a session that has not happened yet', async () => {
    // The harness's clock, 2026-06-01, is before the session of 2026-09-02.
    const { api, second } = await seeded(await tempDir());
    await expect(api.call('deliveryRecordCompletions', { id: second.id })).rejects.toThrow('The completion date is after today');
    expect(api.services.store.data().completions).toEqual([]);
  });

  it('refuses a delivery that names a missing curriculum, training or member, saying which', async () => {
    const { api, second } = await seeded(await tempDir());
    await expect(api.call('deliveryCreate', { ...second, subject: { kind: 'curriculum', curriculumId: 'cu-gone', title: 'Gone' } })).rejects.toThrow(/curriculum this delivery names no longer exists/);
    await expect(api.call('deliveryCreate', { ...second, subject: { kind: 'training', trainingId: 'no-such', title: 'No' } })).rejects.toThrow(/no training no-such/);
    const attendees = [{ name: 'Eve Ray', agency: '', email: '', memberId: 'm-gone' }];
    await expect(api.call('deliverySave', { ...second, attendance: { kind: 'list', attendees } })).rejects.toThrow(/Attendee 1 \(Eve Ray\) is linked to a team member who no longer exists/);
    const bad = await api.dispatch('deliveryCreate', { ...second, endDate: '2026-09-01' });
    expect(JSON.stringify(bad)).toContain('The delivery must end on or after its start');
  });

  it('exports the report as a CSV that parses back to the same figures, and a PDF with period, date, definitions and page X of Y', async () => {
    const dir = await tempDir();
    const { api } = await seeded(dir);
    const period = quarterPeriod(2026, 3);
    const report = await api.call('deliveryReport', period);
    api.answers.save.push(join(dir, 'report.csv'), join(dir, 'report.pdf'));
    await api.call('deliveryReportExport', { period, format: 'csv' });
    await api.call('deliveryReportExport', { period, format: 'pdf' });
    expect(api.answers.suggestedNames).toEqual(['delivery-report-2026-07-01-to-2026-09-30.csv', 'delivery-report-2026-07-01-to-2026-09-30.pdf']);

    const rows = Papa.parse<string[]>((await readFile(join(dir, 'report.csv'), 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...REPORT_CSV_HEADER]);
    const value = (section: string, item: string) => rows.find((r) => r[0] === section && r[1] === item)?.[2];
    expect(value('Period', 'Jul 1, 2026 – Sep 30, 2026')).toBe('2026-07-01 to 2026-09-30');
    expect(value('Generated', '')).toBe('Jun 1, 2026');
    expect(Number(value('Total', 'Sessions held'))).toBe(report.sessions);
    expect(Number(value('Total', 'People trained'))).toBe(report.people);
    expect(Number(value('Total', 'Training hours (sessions × hours)'))).toBe(report.sessionHours);
    expect(Number(value('Total', 'Person-hours'))).toBe(report.personHours);
    expect(Number(value('People by audience', 'Law enforcement'))).toBe(26);
    expect(Number(value('People by audience', 'Not recorded'))).toBe(1);
    expect(Number(value('People by agency', 'Salem PD'))).toBe(19);
    expect(Number(value('Sessions by topic', 'Child sex trafficking'))).toBe(2);
    expect(rows.find((r) => r[1] === 'Person-hours')?.[3]).toMatch(/^Person-hours: for each session/);

    const pdf = await getDocumentProxy(new Uint8Array(await readFile(join(dir, 'report.pdf'))));
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const flat = (text as string).replace(/\s+/g, ' ');
    expect(flat).toContain('Jul 1, 2026 – Sep 30, 2026');
    expect(flat).toContain('Generated Jun 1, 2026');
    expect(flat).toContain('Person-hours: for each session, its hours × the people who attended, summed.');
    expect(flat).toContain(`Page 1 of ${totalPages}`);
  });

  it('draws each breakdown of the PDF as a bar chart to one scale, its figures also as text', async () => {
    const dir = await tempDir();
    const { api } = await seeded(dir);
    const period = quarterPeriod(2026, 3);
    const report = await api.call('deliveryReport', period);
    api.answers.save.push(join(dir, 'report.pdf'));
    await api.call('deliveryReportExport', { period, format: 'pdf' });
    const bytes = new Uint8Array(await readFile(join(dir, 'report.pdf')));

    // One accent bar per row of each breakdown, in report order, its length the figure to that breakdown's scale.
    const scaled = (values: number[]) => values.map((v) => Math.round((v / Math.max(...values)) * BAR_WIDTH * 100) / 100);
    const expected = [...scaled(report.byAudience.map((a) => a.people)), ...scaled(report.byAgency.map((a) => a.people)), ...scaled(report.topics.map((t) => t.sessions))];
    const bars = filledRects(bytes, [0x33, 0x66, 0xcc]);
    expect(expected.length).toBeGreaterThan(4);
    expect(bars.map((b) => Math.round(b.w * 100) / 100)).toEqual(expected);
    expect(new Set(bars.map((b) => b.h))).toEqual(new Set([8]));

    // Not told by length alone: each row's figure is printed beside its bar, with the scale.
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = (text as string).replace(/\s+/g, ' ');
    expect(flat).toContain('Law enforcement 26');
    expect(flat).toContain('Salem PD 19');
    expect(flat).toContain(`Bars to scale (longest: ${report.byAudience[0]!.people} people)`);
  });
});
