import type { Attendance, Delivery } from '../model/delivery';
import type { ReportPeriod } from './report-periods';

/*
 * What was delivered in a period, as a grant performance report asks for it. A delivery
 * counts in the period when it starts inside it. The figures' definitions are kept here,
 * once, so the screen, the CSV and the PDF say exactly the same thing.
 */

export const NOT_RECORDED = '';

export const figureDefinitions = {
  sessions: 'Sessions held: deliveries whose first day falls in the period.',
  people: 'People trained: attendees of those sessions, counted once per session (a person at two sessions counts twice).',
  sessionHours: 'Training hours (sessions × hours): the sum of each session’s hours of instruction.',
  personHours: 'Person-hours: for each session, its hours × the people who attended, summed.',
  audiences: 'By audience: people trained per discipline, as recorded on the attendance; “Not recorded” when it was not.',
  agencies: 'By agency: people trained per agency, as recorded on the attendance; “Not recorded” when it was not.',
  topics: 'Topics: catalogue topics each session covered, with the number of sessions covering each.',
} as const;

export interface ReportRow {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  where: string;
  hours: number;
  people: number;
  personHours: number;
  evaluationAverage: number | undefined;
}

export interface DeliveryReport {
  period: ReportPeriod;
  sessions: number;
  people: number;
  sessionHours: number;
  personHours: number;
  /** Audience id ('' = not recorded) → people, most first. */
  byAudience: { audience: string; people: number }[];
  /** Agency name ('' = not recorded) → people, most first. */
  byAgency: { agency: string; people: number }[];
  topics: { topic: string; sessions: number }[];
  rows: ReportRow[];
}

/** Each attendance entry as (audience, agency, people). */
export function attendanceGroups(attendance: Attendance): { audience: string; agency: string; people: number }[] {
  if (attendance.kind === 'counts') return attendance.counts.map((c) => ({ audience: c.audience ?? NOT_RECORDED, agency: c.agency.trim(), people: c.count }));
  return attendance.attendees.map((a) => ({ audience: a.audience ?? NOT_RECORDED, agency: a.agency.trim(), people: 1 }));
}

export function peopleAt(delivery: Pick<Delivery, 'attendance'>): number {
  return attendanceGroups(delivery.attendance).reduce((sum, g) => sum + g.people, 0);
}

/** Hours are kept to two decimals, so sums stay exact enough to print as they are. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Entries most first; "not recorded" ('') last among equals, then by name. */
function ranked(map: Map<string, number>): [string, number][] {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || (a[0] === '' ? 1 : b[0] === '' ? -1 : a[0].localeCompare(b[0])));
}

export function buildDeliveryReport(deliveries: readonly Delivery[], period: ReportPeriod): DeliveryReport {
  const inPeriod = deliveries.filter((d) => d.startDate >= period.start && d.startDate <= period.end).sort((a, b) => a.startDate.localeCompare(b.startDate));
  const audiences = new Map<string, number>();
  const agencies = new Map<string, number>();
  const topics = new Map<string, number>();
  const rows: ReportRow[] = [];
  for (const d of inPeriod) {
    const groups = attendanceGroups(d.attendance);
    const people = groups.reduce((sum, g) => sum + g.people, 0);
    for (const g of groups) {
      audiences.set(g.audience, (audiences.get(g.audience) ?? 0) + g.people);
      agencies.set(g.agency, (agencies.get(g.agency) ?? 0) + g.people);
    }
    for (const t of new Set(d.topics)) topics.set(t, (topics.get(t) ?? 0) + 1);
    rows.push({
      id: d.id,
      title: d.subject.title,
      startDate: d.startDate,
      endDate: d.endDate,
      where: d.online ? (d.location ? `Online (${d.location})` : 'Online') : d.location,
      hours: d.hours,
      people,
      personHours: round2(d.hours * people),
      evaluationAverage: d.evaluationAverage,
    });
  }
  return {
    period,
    sessions: rows.length,
    people: rows.reduce((s, r) => s + r.people, 0),
    sessionHours: round2(rows.reduce((s, r) => s + r.hours, 0)),
    personHours: round2(rows.reduce((s, r) => s + r.personHours, 0)),
    byAudience: ranked(audiences).map(([audience, people]) => ({ audience, people })),
    byAgency: ranked(agencies).map(([agency, people]) => ({ agency, people })),
    topics: ranked(topics).map(([topic, sessions]) => ({ topic, sessions })),
    rows,
  };
}
