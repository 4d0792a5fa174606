import type { Curriculum } from '../model/curriculum';
import { toCsv } from '../team/csv-cells';
import type { Agenda } from './agenda';

export const AGENDA_CSV_HEADER = ['Curriculum', 'Day', 'Date', 'Start', 'End', 'Minutes', 'Kind', 'Module', 'Title', 'Method', 'Presenter', 'Objectives', 'Materials'] as const;

/** One row per scheduled entry (modules and breaks), in day and time order; raw values. */
export function agendaCsvRows(curriculum: Pick<Curriculum, 'title'>, agenda: Agenda): string[][] {
  const rows: string[][] = [[...AGENDA_CSV_HEADER]];
  for (const day of agenda.days) {
    for (const r of day.rows) {
      const materials = r.materials.map((m) => (m.link ? `${m.title} <${m.link}>` : m.note ? `${m.title} (${m.note})` : m.title)).join('; ');
      rows.push([
        curriculum.title,
        String(day.dayNo),
        day.date,
        r.start,
        r.end,
        String(r.minutes),
        r.kind === 'break' ? 'Break' : 'Module',
        r.moduleNo > 0 ? String(r.moduleNo) : '',
        r.title,
        r.method,
        r.presenter,
        r.objectives,
        materials,
      ]);
    }
  }
  return rows;
}

/** The CSV file's text: BOM, CRLF, quoted where needed, formula-like cells neutralised. */
export function agendaCsvText(curriculum: Pick<Curriculum, 'title'>, agenda: Agenda): string {
  return toCsv(agendaCsvRows(curriculum, agenda));
}
