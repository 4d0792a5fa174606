import type { Member } from '../model/team';
import { monthOf } from '../util/dates';
import type { CompletionRow, TeamIndex } from './team-index';

/*
 * Sums for the member page and the progress dashboard. Each is one pass over the
 * rows it is given; callers memoise the results per index and period.
 */

export interface Period {
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

export interface Tally {
  key: string;
  completions: number;
  hours: number;
}

/** Rounds away float noise from summing quarter hours (0.1 + 0.2). */
export function roundHours(n: number): number {
  return Math.round(n * 100) / 100;
}

function tally(map: Map<string, Tally>, key: string, hours: number): void {
  const t = map.get(key);
  if (t) {
    t.completions += 1;
    t.hours += hours;
  } else map.set(key, { key, completions: 1, hours });
}

function finish(map: Map<string, Tally>): Tally[] {
  return [...map.values()].map((t) => ({ ...t, hours: roundHours(t.hours) }));
}

const byCountDesc = (a: Tally, b: Tally) => b.completions - a.completions || b.hours - a.hours || (a.key < b.key ? -1 : 1);

export function inPeriod(rows: readonly CompletionRow[], period: Period): CompletionRow[] {
  return rows.filter((r) => r.completion.completedOn >= period.from && r.completion.completedOn <= period.to);
}

/** Hours and completions per calendar year, newest year first. */
export function hoursByYear(rows: readonly CompletionRow[]): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of rows) tally(map, r.completion.completedOn.slice(0, 4), r.completion.hours);
  return finish(map).sort((a, b) => (a.key < b.key ? 1 : -1));
}

/** Hours per member (key = member id), most hours first. */
export function hoursByMember(rows: readonly CompletionRow[]): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of rows) tally(map, r.completion.memberId, r.completion.hours);
  return finish(map).sort((a, b) => b.hours - a.hours || b.completions - a.completions || (a.key < b.key ? -1 : 1));
}

/** Hours per month for exactly the given months ("YYYY-MM"), zero-filled, in the given order. */
export function hoursByMonth(rows: readonly CompletionRow[], months: readonly string[]): Tally[] {
  const map = new Map<string, Tally>(months.map((m) => [m, { key: m, completions: 0, hours: 0 }]));
  for (const r of rows) {
    const t = map.get(monthOf(r.completion.completedOn));
    if (t) {
      t.completions += 1;
      t.hours += r.completion.hours;
    }
  }
  return months.map((m) => ({ ...map.get(m)!, hours: roundHours(map.get(m)!.hours) }));
}

/** Program-family id, or "custom" for courses outside the catalogue. */
export const CUSTOM_FAMILY = 'custom';
/** A catalogue training whose family is unknown (retired, recorded before family snapshots). */
export const UNKNOWN_FAMILY = 'unknown';
/** A member with no audience set. */
export const NO_AUDIENCE = 'not-set';

export function completionsByFamily(rows: readonly CompletionRow[]): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of rows) tally(map, r.custom ? CUSTOM_FAMILY : (r.family ?? UNKNOWN_FAMILY), r.completion.hours);
  return finish(map).sort(byCountDesc);
}

/**
 * Completions per audience of the member who completed them: "how much training
 * reached our prosecutors". A member in two audiences counts in both.
 */
export function completionsByMemberAudience(rows: readonly CompletionRow[]): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of rows) {
    const audiences = r.member?.audiences ?? [];
    if (audiences.length === 0) tally(map, NO_AUDIENCE, r.completion.hours);
    else for (const a of audiences) tally(map, a, r.completion.hours);
  }
  return finish(map).sort(byCountDesc);
}

/** What one member's trainings covered: program families and the audiences those trainings address. */
export function memberCoverage(rows: readonly CompletionRow[]): { families: Tally[]; audiences: Tally[] } {
  const families = new Map<string, Tally>();
  const audiences = new Map<string, Tally>();
  for (const r of rows) {
    tally(families, r.custom ? CUSTOM_FAMILY : (r.family ?? UNKNOWN_FAMILY), r.completion.hours);
    for (const a of r.trainingAudiences) tally(audiences, a, r.completion.hours);
  }
  return { families: finish(families).sort(byCountDesc), audiences: finish(audiences).sort(byCountDesc) };
}

export function totalHours(rows: readonly CompletionRow[]): number {
  let sum = 0;
  for (const r of rows) sum += r.completion.hours;
  return roundHours(sum);
}

/**
 * Certificates that need attention: expired or expiring within `withinDays`, for
 * active members only, ignoring records a renewal has replaced. Soonest first.
 */
export function needingRenewal(index: Pick<TeamIndex, 'rows'>, withinDays: number): CompletionRow[] {
  const out = index.rows.filter(
    (r) => !r.superseded && r.member?.active === true && r.daysLeft !== null && r.daysLeft <= withinDays,
  );
  return out.sort((a, b) => a.daysLeft! - b.daysLeft! || (a.member!.name < b.member!.name ? -1 : 1));
}

export interface ExpiryBuckets {
  expired: number;
  within30: number;
  within60: number;
  within90: number;
}

export function expiryBuckets(rows: readonly CompletionRow[]): ExpiryBuckets {
  const b: ExpiryBuckets = { expired: 0, within30: 0, within60: 0, within90: 0 };
  for (const r of rows) {
    if (r.status === 'expired') b.expired++;
    else if (r.status === 'expiring-30') b.within30++;
    else if (r.status === 'expiring-60') b.within60++;
    else if (r.status === 'expiring-90') b.within90++;
  }
  return b;
}

/** Members by id, for labelling tallies keyed by member id. */
export function memberName(memberById: ReadonlyMap<string, Member>, id: string): string {
  return memberById.get(id)?.name ?? 'Unknown member';
}

export interface MemberSummary {
  records: number;
  hoursThisYear: number;
  /** Current certificates expired or expiring within the warning window. */
  needingRenewal: number;
}

/** Per member, in one pass over all rows: what the members list shows beside each name. */
export function memberSummaries(index: Pick<TeamIndex, 'rows' | 'today'>, withinDays: number): Map<string, MemberSummary> {
  const year = index.today.slice(0, 4);
  const out = new Map<string, MemberSummary>();
  for (const r of index.rows) {
    const id = r.completion.memberId;
    let s = out.get(id);
    if (!s) out.set(id, (s = { records: 0, hoursThisYear: 0, needingRenewal: 0 }));
    s.records++;
    if (r.completion.completedOn.startsWith(year)) s.hoursThisYear += r.completion.hours;
    if (!r.superseded && r.daysLeft !== null && r.daysLeft <= withinDays) s.needingRenewal++;
  }
  for (const s of out.values()) s.hoursThisYear = roundHours(s.hoursThisYear);
  return out;
}
