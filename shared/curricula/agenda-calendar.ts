import type { Curriculum } from '../model/curriculum';
import type { Agenda } from './agenda';

/** A timed calendar entry for one scheduled module, in the trainer's local (floating) time. */
export interface AgendaCalendarEvent {
  uid: string;
  date: string;
  /** Minutes after midnight of `date`. */
  startMinute: number;
  minutes: number;
  title: string;
  description: string;
}

// eslint-disable-next-line no-control-regex
const clean = (text: string) => text.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, ' ').replace(/\r\n?/g, '\n');

/** One event per scheduled module (breaks are not events), in agenda order. */
export function agendaCalendarEvents(curriculum: Pick<Curriculum, 'id' | 'title'>, agenda: Agenda): AgendaCalendarEvent[] {
  return agenda.days.flatMap((day) =>
    day.rows.flatMap((r): AgendaCalendarEvent[] => {
      if (r.kind !== 'module') return [];
      const lines = [
        `Curriculum: ${curriculum.title} (day ${day.dayNo})`,
        r.presenter ? `Presenter: ${r.presenter}` : '',
        r.method ? `Method: ${r.method}` : '',
        r.objectives ? `Objectives: ${r.objectives}` : '',
        ...r.materials.map((m) => `Material: ${m.title}${m.link ? ` ${m.link}` : ''}`),
      ].filter(Boolean);
      return [
        {
          uid: `${curriculum.id}-${r.moduleId ?? r.moduleNo}@tta-navigator`,
          date: day.date,
          startMinute: r.startMinute,
          minutes: r.minutes,
          title: clean(`${r.moduleNo}. ${r.title}`),
          description: clean(lines.join('\n')),
        },
      ];
    }),
  );
}
