import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { useTempDirs } from '../store/temp-dir';
import { startApi } from '../plans/api-harness';
import { buildAgenda } from '../../../shared/curricula/agenda';
import { materialLookupFor } from '../../../shared/curricula/materials';
import { buildAgendaDocument } from '../../../shared/curricula/agenda-document';
import { buildAgendaPdfDefinition } from '../../../main/services/pdf/agenda-pdf-definition';
import { renderPdf } from '../../../main/services/pdf/write-pdf';
import { AGENDA_CSV_HEADER } from '../../../shared/curricula/agenda-csv';
import type { Curriculum } from '../../../shared/model/curriculum';
import { fields, modules, RESOURCE_TITLE, TRAINING_LINK, TRAINING_TITLE } from './curriculum-fixtures';

/** Three modules over two days: day 1 09:00 module 1, a 15-minute break, module 2; day 2 13:30 module 3. */
async function scheduled(dir: string) {
  const api = await startApi(dir);
  let c = await api.call('curriculumCreate', { fields });
  for (const m of modules) c = await api.call('curriculumAddModule', { curriculumId: c.id, module: m });
  const [a, b, d] = c.modules.map((m) => m.id);
  c = await api.call('curriculumSave', {
    ...c,
    // Stored out of date order: the agenda sorts days by date.
    days: [
      { date: '2026-09-16', start: '13:30', entries: [{ kind: 'module', moduleId: d! }] },
      { date: '2026-09-15', start: '09:00', entries: [{ kind: 'module', moduleId: a! }, { kind: 'break', label: 'Coffee', minutes: 15 }, { kind: 'module', moduleId: b! }] },
    ],
  });
  return { api, curriculum: c };
}

describe('the agenda', () => {
  const tempDir = useTempDirs();

  it('times each entry from its day’s start, days in date order, and lists what is not scheduled', async () => {
    const { api, curriculum } = await scheduled(await tempDir());
    const agenda = buildAgenda(curriculum, materialLookupFor(api.services.catalogue.current()));
    expect(agenda.days.map((d) => [d.dayNo, d.date, d.start, d.end])).toEqual([
      [1, '2026-09-15', '09:00', '11:45'],
      [2, '2026-09-16', '13:30', '14:15'],
    ]);
    expect(agenda.days[0]!.rows.map((r) => `${r.start}-${r.end} ${r.title}`)).toEqual(['09:00-10:30 Indicators on patrol', '10:30-10:45 Coffee', '10:45-11:45 Traffic stop case study']);
    expect(agenda.unscheduled).toEqual([]);
    const fewer: Curriculum = { ...curriculum, days: curriculum.days.slice(1) };
    expect(buildAgenda(fewer, materialLookupFor(api.services.catalogue.current())).unscheduled).toEqual([{ moduleNo: 3, title: 'Role play: first contact', minutes: 45 }]);
  });

  it('exports a PDF with day-by-day times, modules in order, presenters, objectives, materials with links and page X of Y', async () => {
    const dir = await tempDir();
    const { api, curriculum } = await scheduled(dir);
    const path = join(dir, 'agenda.pdf');
    api.answers.save.push(path);
    expect(await api.call('curriculumExport', { id: curriculum.id, format: 'pdf' })).toEqual({ savedTo: path });
    expect(api.answers.suggestedNames).toEqual(['training-agenda-2026-06-01.pdf']);
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const flat = (text as string).replace(/\s+/g, ' ');
    expect(flat).toContain('Day 1 · Sep 15, 2026 · 09:00–11:45');
    expect(flat).toContain('Day 2 · Sep 16, 2026 · 13:30–14:15');
    const order = ['09:00–10:30', '1. Indicators on patrol', '10:30–10:45', 'Coffee', '10:45–11:45', '2. Traffic stop case study', '13:30–14:15', '3. Role play: first contact'].map((s) => flat.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(flat).toContain('Sgt. Maria Lopez');
    expect(flat).toContain('Objectives: Name five indicators of child sex trafficking.');
    expect(flat).toContain(TRAINING_TITLE);
    expect(flat).toContain(TRAINING_LINK);
    expect(flat).toContain(RESOURCE_TITLE);
    expect(flat).toContain('https://example.org/scenarios');
    expect(flat).toContain('Printed, one per table');
    expect(flat).toContain(`Page 1 of ${totalPages}`);
  });

  it('runs to a second page with page X of Y on each when the schedule is long', async () => {
    const { api, curriculum } = await scheduled(await tempDir());
    const many: Curriculum = {
      ...curriculum,
      modules: Array.from({ length: 40 }, (_, i) => ({ ...curriculum.modules[i % 3]!, id: `mo-${i}`, title: `Module ${i + 1}`, minutes: 30 })),
      days: [{ date: '2026-09-15', start: '08:00', entries: Array.from({ length: 40 }, (_, i) => ({ kind: 'module' as const, moduleId: `mo-${i}` })) }],
    };
    const bytes = await renderPdf(buildAgendaPdfDefinition(buildAgendaDocument(many, api.services.catalogue.current(), new Date('2026-06-01T12:00:00'))));
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text, totalPages } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThan(1);
    (text as string[]).forEach((page, i) => expect(page.replace(/\s+/g, ' ')).toContain(`Page ${i + 1} of ${totalPages}`));
  });

  it('exports a CSV that parses back to the schedule, and a calendar of timed module events', async () => {
    const dir = await tempDir();
    const { api, curriculum } = await scheduled(dir);
    api.answers.save.push(join(dir, 'agenda.csv'), join(dir, 'agenda.ics'));
    await api.call('curriculumExport', { id: curriculum.id, format: 'csv' });
    await api.call('curriculumExport', { id: curriculum.id, format: 'ics' });
    const parsed = Papa.parse<string[]>((await readFile(join(dir, 'agenda.csv'), 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...AGENDA_CSV_HEADER]);
    expect(parsed.data.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[6], r[8], r[10]])).toEqual([
      ['1', '2026-09-15', '09:00', '10:30', 'Module', 'Indicators on patrol', 'Sgt. Maria Lopez'],
      ['1', '2026-09-15', '10:30', '10:45', 'Break', 'Coffee', ''],
      ['1', '2026-09-15', '10:45', '11:45', 'Module', 'Traffic stop case study', 'Det. Sam Park'],
      ['2', '2026-09-16', '13:30', '14:15', 'Module', 'Role play: first contact', 'Sgt. Maria Lopez'],
    ]);
    expect(parsed.data[1]![12]).toBe(`${TRAINING_TITLE} <${TRAINING_LINK}>`);

    const ics = (await readFile(join(dir, 'agenda.ics'), 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART:20260915T090000');
    expect(ics).toContain('DTSTART:20260915T104500');
    expect(ics).toContain('DTSTART:20260916T133000');
    expect(ics).toContain('SUMMARY:1. Indicators on patrol');
    expect(ics).not.toContain('Coffee');
  });

  it('refuses a calendar export with nothing scheduled, before asking where to save', async () => {
    const dir = await tempDir();
    const api = await startApi(dir);
    const c = await api.call('curriculumCreate', { fields });
    await expect(api.call('curriculumExport', { id: c.id, format: 'ics' })).rejects.toThrow(/No module is on the schedule yet/);
    expect(api.answers.suggestedNames).toEqual([]);
  });
});
