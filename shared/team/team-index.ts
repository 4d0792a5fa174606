import type { Completion, Member } from '../model/team';
import { expiresOn, statusFor, type ExpiryStatus } from './status';
import type { TrainingLookup } from './training-lookup';
import { resolveTrainingRef } from '../model/training-ref';

/** One completion joined with what every screen shows about it. */
export interface CompletionRow {
  completion: Completion;
  member: Member | undefined;
  /** Catalogue title, or the stored snapshot / custom title when not in the catalogue. */
  title: string;
  providerName: string;
  family: string | undefined;
  trainingAudiences: readonly string[];
  /** Named a catalogue training that the current catalogue no longer has. */
  retired: boolean;
  custom: boolean;
  expiresOn: string | null;
  status: ExpiryStatus;
  daysLeft: number | null;
  /** A newer completion of the same training exists for the same member (a renewal). */
  superseded: boolean;
  /** trainingKey(completion), kept for renewal checks. */
  trainingKey: string;
}

export interface TeamIndex {
  today: string;
  /** The catalogue lookup the rows were described with. */
  trainings: TrainingLookup;
  members: readonly Member[];
  memberById: ReadonlyMap<string, Member>;
  /** Every row, newest completion first. */
  rows: readonly CompletionRow[];
  rowById: ReadonlyMap<string, CompletionRow>;
  /** Rows per member id, newest first: built in the same single pass, never by scanning. */
  rowsByMember: ReadonlyMap<string, readonly CompletionRow[]>;
}

/** Same training for duplicate and renewal checks: catalogue id, or the custom title ignoring case and spacing. */
export function trainingKey(c: Pick<Completion, 'trainingId' | 'custom'>): string {
  if (c.trainingId !== undefined) return `id:${c.trainingId}`;
  return `custom:${(c.custom?.title ?? '').toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

const newestFirst = (a: CompletionRow, b: CompletionRow): number => {
  const x = a.completion;
  const y = b.completion;
  if (x.completedOn !== y.completedOn) return x.completedOn < y.completedOn ? 1 : -1;
  if (x.createdAt !== y.createdAt) return x.createdAt < y.createdAt ? 1 : -1;
  return x.id < y.id ? 1 : x.id > y.id ? -1 : 0;
};

export function describeCompletion(c: Completion, trainings: TrainingLookup): Pick<CompletionRow, 'title' | 'providerName' | 'family' | 'trainingAudiences' | 'retired' | 'custom'> {
  const { audiences, ...rest } = resolveTrainingRef(c, trainings);
  return { ...rest, trainingAudiences: audiences };
}

/**
 * The renewal pass: rows arrive newest first, so a later row of the same member and
 * training is an older one, superseded by a renewal. Flags the rows of the members
 * `include` accepts (replacing, never editing, a row whose flag changed: rows are
 * shared with the previous index) and hands each to `visit`, in order.
 */
function markRenewals(rows: CompletionRow[], include: (memberId: string) => boolean, visit: (row: CompletionRow) => void): void {
  const seenTraining = new Map<string, Set<string>>();
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    const memberId = row.completion.memberId;
    if (!include(memberId)) continue;
    let seen = seenTraining.get(memberId);
    if (!seen) seenTraining.set(memberId, (seen = new Set()));
    const superseded = seen.has(row.trainingKey);
    if (!superseded) seen.add(row.trainingKey);
    if (row.superseded !== superseded) rows[i] = row = { ...row, superseded };
    visit(row);
  }
}

/** Files a row under its id and, in order, under its member. */
function indexRow(row: CompletionRow, rowById: Map<string, CompletionRow>, rowsByMember: Map<string, readonly CompletionRow[]>): void {
  rowById.set(row.completion.id, row);
  let list = rowsByMember.get(row.completion.memberId) as CompletionRow[] | undefined;
  if (!list) rowsByMember.set(row.completion.memberId, (list = []));
  list.push(row);
}

function deriveRow(c: Completion, member: Member, trainings: TrainingLookup, today: string): CompletionRow {
  const expiry = expiresOn(c);
  const { status, daysLeft } = statusFor(expiry, today);
  return { completion: c, member, ...describeCompletion(c, trainings), expiresOn: expiry, status, daysLeft, superseded: false, trainingKey: trainingKey(c) };
}

/** Two newest-first lists into one, in O(n). */
function merge(a: readonly CompletionRow[], b: readonly CompletionRow[]): CompletionRow[] {
  const out: CompletionRow[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = newestFirst(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/**
 * Joins members, completions and the catalogue: O(n log n) the first time. Given
 * the previous index (same day, same catalogue), rows whose completion and member
 * are the very same objects are reused and only new or changed ones are derived,
 * sorted and merged in, so one save on 100,000 records costs O(n) cheap steps, not a
 * rebuild. Completions of members that no longer exist are left out.
 */
export function buildTeamIndex(
  members: readonly Member[],
  completions: readonly Completion[],
  trainings: TrainingLookup,
  today: string,
  previous?: TeamIndex,
): TeamIndex {
  const memberById = new Map(members.map((m) => [m.id, m]));
  let kept: CompletionRow[] = [];
  let changed: readonly Completion[] = completions;
  if (previous && previous.today === today && previous.trainings === trainings) {
    const current = new Set(completions);
    const reused = new Set<Completion>();
    kept = previous.rows.filter((r) => {
      const ok = current.has(r.completion) && memberById.get(r.completion.memberId) === r.member;
      if (ok) reused.add(r.completion);
      return ok;
    });
    changed = completions.filter((c) => !reused.has(c));
  }
  const fresh: CompletionRow[] = [];
  for (const c of changed) {
    const member = memberById.get(c.memberId);
    if (member) fresh.push(deriveRow(c, member, trainings, today));
  }
  fresh.sort(newestFirst);
  const sorted = kept.length === 0 ? fresh : merge(kept, fresh);

  const rows = sorted;
  const rowById = new Map<string, CompletionRow>();
  const rowsByMember = new Map<string, readonly CompletionRow[]>();
  markRenewals(rows, () => true, (row) => indexRow(row, rowById, rowsByMember));
  return { today, trainings, members, memberById, rows, rowById, rowsByMember };
}

/** What one save changed: completions added or replaced (same id), and ids removed. */
export interface CompletionChange {
  upserted: readonly Completion[];
  removedIds: readonly string[];
}

/**
 * The index after one known change, without looking at unchanged records: rows of
 * removed, replaced or re-joined (changed member) completions are dropped in one
 * filter pass, the new ones derived, sorted and merged, and only the members touched
 * get their lists and renewal flags recomputed. Same result as buildTeamIndex on the
 * new data (a property test holds it to that), given the store's invariant that a
 * completion never outlives its member.
 */
export function updateTeamIndex(prev: TeamIndex, members: readonly Member[], change: CompletionChange): TeamIndex {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const touchedMembers = new Set<string>();
  for (const m of members) if (prev.memberById.get(m.id) !== m) touchedMembers.add(m.id);
  for (const id of prev.memberById.keys()) if (!memberById.has(id)) touchedMembers.add(id);

  const drop = new Set<string>(change.removedIds);
  for (const c of change.upserted) drop.add(c.id);
  const rejoin: Completion[] = [];
  for (const memberId of touchedMembers) {
    for (const r of prev.rowsByMember.get(memberId) ?? []) {
      if (!drop.has(r.completion.id)) rejoin.push(r.completion);
      drop.add(r.completion.id);
    }
  }
  for (const id of drop) {
    const old = prev.rowById.get(id);
    if (old) touchedMembers.add(old.completion.memberId);
  }

  const fresh: CompletionRow[] = [];
  for (const c of [...rejoin, ...change.upserted]) {
    const member = memberById.get(c.memberId);
    touchedMembers.add(c.memberId);
    if (member) fresh.push(deriveRow(c, member, prev.trainings, prev.today));
  }
  fresh.sort(newestFirst);
  const kept = drop.size === 0 ? prev.rows : prev.rows.filter((r) => !drop.has(r.completion.id));
  const rows = fresh.length === 0 ? [...kept] : merge(kept, fresh);

  const rowById = new Map(prev.rowById);
  for (const id of drop) rowById.delete(id);
  const rowsByMember = new Map(prev.rowsByMember);
  for (const id of touchedMembers) rowsByMember.delete(id);
  markRenewals(rows, (memberId) => touchedMembers.has(memberId), (row) => indexRow(row, rowById, rowsByMember));
  return { today: prev.today, trainings: prev.trainings, members, memberById, rows, rowById, rowsByMember };
}
