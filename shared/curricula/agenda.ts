import type { Curriculum, ModuleMethod } from '../model/curriculum';
import { resolveMaterial, type MaterialLookup, type ResolvedMaterial } from './materials';

/*
 * The curriculum laid on its days: each day's entries run back to back from its start
 * time, so every row's start and end follow from the ones before it. The agenda PDF,
 * CSV, calendar file and the schedule screen all read this one shape.
 */

export const methodLabels: Record<ModuleMethod, string> = {
  presentation: 'Presentation',
  exercise: 'Exercise',
  'case-study': 'Case study',
  discussion: 'Discussion',
  practicum: 'Practicum',
};

export interface AgendaRow {
  kind: 'module' | 'break';
  /** Minutes after midnight; may pass 24:00 on a day that runs late. */
  startMinute: number;
  endMinute: number;
  /** "09:00" and "10:30"; past midnight reads "24:15". */
  start: string;
  end: string;
  title: string;
  minutes: number;
  /** Module number in curriculum order (1-based); 0 for a break. */
  moduleNo: number;
  moduleId: string | undefined;
  presenter: string;
  method: string;
  objectives: string;
  materials: ResolvedMaterial[];
}

export interface AgendaDay {
  /** 1-based. */
  dayNo: number;
  date: string;
  start: string;
  end: string;
  rows: AgendaRow[];
  /** True when the day's entries run past midnight. */
  overrunsMidnight: boolean;
}

export interface Agenda {
  days: AgendaDay[];
  /** Modules not placed on any day, in curriculum order. */
  unscheduled: { moduleNo: number; title: string; minutes: number }[];
}

export function minuteOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

export function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Days in date order (the stored order breaks ties), each with timed rows. */
export function buildAgenda(curriculum: Curriculum, lookup: MaterialLookup): Agenda {
  const modules = new Map(curriculum.modules.map((m, i) => [m.id, { module: m, no: i + 1 }]));
  const ordered = curriculum.days.map((day, index) => ({ day, index })).sort((a, b) => a.day.date.localeCompare(b.day.date) || a.index - b.index);
  const placed = new Set<string>();
  const days = ordered.map(({ day }, i): AgendaDay => {
    let at = minuteOfDay(day.start);
    const rows: AgendaRow[] = [];
    for (const entry of day.entries) {
      if (entry.kind === 'break') {
        rows.push(row('break', at, entry.minutes, { title: entry.label }));
        at += entry.minutes;
        continue;
      }
      const found = modules.get(entry.moduleId);
      if (!found) continue; // the schema refuses this; a stale schedule entry is skipped, never shown wrong
      placed.add(entry.moduleId);
      const m = found.module;
      rows.push(
        row('module', at, m.minutes, {
          title: m.title,
          moduleNo: found.no,
          moduleId: m.id,
          presenter: m.presenter,
          method: methodLabels[m.method],
          objectives: m.objectives,
          materials: m.materials.map((mat) => resolveMaterial(mat, lookup)),
        }),
      );
      at += m.minutes;
    }
    return { dayNo: i + 1, date: day.date, start: day.start, end: clockTime(at), rows, overrunsMidnight: at > 24 * 60 };
  });
  const unscheduled = curriculum.modules.flatMap((m, i) => (placed.has(m.id) ? [] : [{ moduleNo: i + 1, title: m.title, minutes: m.minutes }]));
  return { days, unscheduled };
}

function row(kind: AgendaRow['kind'], startMinute: number, minutes: number, fields: Partial<AgendaRow> & { title: string }): AgendaRow {
  return {
    kind,
    startMinute,
    endMinute: startMinute + minutes,
    start: clockTime(startMinute),
    end: clockTime(startMinute + minutes),
    minutes,
    moduleNo: 0,
    moduleId: undefined,
    presenter: '',
    method: '',
    objectives: '',
    materials: [],
    ...fields,
  };
}
