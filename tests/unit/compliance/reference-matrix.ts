import type { TrainingFactsFor } from '../../../shared/compliance/catalogue-facts';
import { nextPeriod, periodContaining, plusDays, previousPeriod, rollingWindowStart } from '../../../shared/compliance/periods';
import type { CellStatus, ComplianceStatus, HoursTally } from '../../../shared/compliance/status';
import type { Profile, Requirement } from '../../../shared/model/requirements';
import type { Completion, Member } from '../../../shared/model/team';
import { addMonths, daysBetween } from '../../../shared/util/dates';

/*
 * The compliance rules written the plain way, for tests only: ISO strings compared as text,
 * every record filtered and sorted afresh for every cell, windows found by walking day by day.
 * Slow and obvious, so the fast matrix (typed arrays, day numbers, a member × training index)
 * can be checked against it on random data (compliance-reference.test.ts).
 */

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

function applies(p: Profile, m: Member): boolean {
  const a = p.appliesTo;
  if (!m.active) return false;
  return (
    a.everyone ||
    a.memberIds.includes(m.id) ||
    a.roles.some((r) => norm(r) === norm(m.role)) ||
    a.agencies.some((x) => norm(x) === norm(m.agency)) ||
    a.audiences.some((x) => m.audiences.includes(x))
  );
}

/** Is this record of one of the requirement's trainings? A custom one matches by title, ignoring case and spacing. */
function namesTraining(r: Extract<Requirement, { kind: 'training' | 'recurring' }>, c: Completion): boolean {
  return r.trainings.some((t) => (t.kind === 'catalogue' ? c.trainingId === t.trainingId : c.trainingId === undefined && norm(c.custom?.title ?? '') === norm(t.title)));
}

function countsForHours(r: Extract<Requirement, { kind: 'hours' }>, c: Completion, facts: TrainingFactsFor): boolean {
  const { families, topics, audiences } = r.filter;
  if (families.length === 0 && topics.length === 0 && audiences.length === 0) return true;
  if (c.trainingId === undefined) return false;
  const f = facts(c.trainingId);
  const family = f?.family ?? c.trainingFamily;
  return (
    (families.length === 0 || (family !== undefined && families.includes(family))) &&
    (topics.length === 0 || (f !== undefined && f.topics.some((t) => topics.includes(t)))) &&
    (audiences.length === 0 || (f !== undefined && f.audiences.some((x) => audiences.includes(x))))
  );
}

const hundredths = (r: Extract<Requirement, { kind: 'hours' }>, c: Completion): number => Math.round((r.count === 'credit' ? (c.creditHours ?? c.hours ?? 0) : (c.hours ?? 0)) * 100);

/** "Never lapses". */
const FOREVER = '9999-12-31';

/** The later of two optional dates (null = none). */
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

function dueSoon(last: string, today: string, warningDays: number): boolean {
  return daysBetween(today, last) <= warningDays;
}

/** From "the last day compliant without doing more" to a status. */
function fromUntil(until: string | null, today: string, warningDays: number, evidence: string[], hours?: HoursTally): CellStatus {
  const out = (status: ComplianceStatus, date: string | null): CellStatus => (hours ? { status, date, evidence, hours } : { status, date, evidence });
  if (until === null) return out('overdue', null);
  if (until === FOREVER) return out('current', null);
  if (until < today) return out('overdue', plusDays(until, 1));
  return out(dueSoon(until, today, warningDays) ? 'due-soon' : 'current', until);
}

function noRecord(deadline: string | null, today: string, warningDays: number, hours?: HoursTally): CellStatus {
  const out = (status: ComplianceStatus, date: string | null): CellStatus => (hours ? { status, date, evidence: [], hours } : { status, date, evidence: [] });
  if (deadline === null) return out('not-started', null);
  if (deadline < today) return out('overdue', plusDays(deadline, 1));
  return out(dueSoon(deadline, today, warningDays) ? 'due-soon' : 'not-started', deadline);
}

/** Records in day order; records of one day in the order they were given. */
const byDay = (list: Completion[]): Completion[] =>
  list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.completedOn < b.c.completedOn ? -1 : a.c.completedOn > b.c.completedOn ? 1 : a.i - b.i))
    .map(({ c }) => c);

function referenceCell(m: Member, r: Requirement, own: Completion[], facts: TrainingFactsFor, today: string, warningDays: number): CellStatus {
  const deadline = m.joinedOn !== undefined && r.newMemberMonths !== undefined ? addMonths(m.joinedOn, r.newMemberMonths) : null;
  if (r.kind === 'training') {
    const relevant = own.filter((c) => namesTraining(r, c));
    if (relevant.length === 0) return noRecord(deadline, today, warningDays);
    const expiry = (c: Completion) => c.expiresOn ?? (c.validForMonths === undefined ? FOREVER : addMonths(c.completedOn, c.validForMonths));
    const valid = relevant.filter((c) => expiry(c) >= today);
    const until = relevant.map(expiry).reduce((a, b) => (a > b ? a : b));
    const evidence = valid.length > 0 ? valid.map((c) => c.id) : [relevant.find((c) => expiry(c) === until)!.id];
    return fromUntil(later(until, deadline), today, warningDays, evidence);
  }
  if (r.kind === 'recurring') {
    const last = own.filter((c) => namesTraining(r, c)).at(-1);
    if (!last) return noRecord(deadline, today, warningDays);
    const due = r.cycle.type === 'rolling' ? addMonths(last.completedOn, r.cycle.months) : nextPeriod(periodContaining(last.completedOn, r.cycle.startMonth)).end;
    return fromUntil(later(plusDays(due, r.graceDays), deadline), today, warningDays, [last.id]);
  }
  const counted = own.filter((c) => countsForHours(r, c, facts));
  const sum = (from: string, to: string) => counted.filter((c) => from <= c.completedOn && c.completedOn <= to).reduce((s, c) => s + hundredths(r, c), 0);
  const needed = Math.round(r.hours * 100);
  if (r.cycle.type === 'rolling') {
    const months = r.cycle.months;
    const window = (day: string) => sum(rollingWindowStart(day, months), day);
    const from = rollingWindowStart(today, months);
    const hours: HoursTally = { counted: window(today) / 100, needed: r.hours, from, to: today };
    if (counted.length === 0) return noRecord(deadline, today, warningDays, hours);
    const evidence = counted.filter((c) => c.completedOn >= from).map((c) => c.id);
    let until: string | null = null;
    if (window(today) >= needed) {
      // Walk forward while the records already made still add up (nothing new comes).
      until = today;
      while (window(plusDays(until, 1)) >= needed) until = plusDays(until, 1);
    } else {
      // Walk back to the last day they added up, if ever.
      const first = counted[0]!.completedOn;
      for (let d = plusDays(today, -1); d >= first; d = plusDays(d, -1)) {
        if (window(d) >= needed) {
          until = d;
          break;
        }
      }
    }
    return fromUntil(later(until, deadline), today, warningDays, evidence, hours);
  }
  const period = periodContaining(today, r.cycle.startMonth);
  const hours: HoursTally = { counted: sum(period.start, today) / 100, needed: r.hours, from: period.start, to: period.end };
  if (counted.length === 0) return noRecord(deadline, today, warningDays, hours);
  const evidence = counted.filter((c) => c.completedOn >= period.start).map((c) => c.id);
  // Met this period: covered through the end of the next one. Otherwise due by the end of
  // this one, or already overdue since it began when the previous period fell short (unless
  // the member joined after the previous period began).
  if (sum(period.start, today) >= needed) return fromUntil(later(nextPeriod(period).end, deadline), today, warningDays, evidence, hours);
  const previous = previousPeriod(period);
  const heldToPrevious = m.joinedOn === undefined || m.joinedOn <= previous.start;
  const until = heldToPrevious && sum(previous.start, previous.end) < needed ? previous.end : period.end;
  return fromUntil(later(until, deadline), today, warningDays, evidence, hours);
}

/** Every active member's cells, in the matrix's column order; NOT_APPLICABLE shape for profiles that do not apply. */
export function referenceMatrix(input: { profiles: readonly Profile[]; members: readonly Member[]; completions: readonly Completion[]; facts: TrainingFactsFor; today: string; warningDays: number }): CellStatus[][] {
  const { today, warningDays, facts } = input;
  return input.members
    .filter((m) => m.active)
    .map((m) => {
      const own = byDay(input.completions.filter((c) => c.memberId === m.id && c.completedOn <= today));
      return input.profiles.flatMap((p) =>
        p.requirements.map((r) => (applies(p, m) ? referenceCell(m, r, own, facts, today, warningDays) : { status: 'not-applicable' as const, date: null, evidence: [] })),
      );
    });
}
