import type { Completion, Member } from '../model/team';
import { expiresOn, statusFor, type ExpiryStatus } from './status';
import type { TrainingLookup } from './training-lookup';

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
}

export interface TeamIndex {
  today: string;
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
  if (c.trainingId === undefined) {
    return { title: c.custom?.title ?? '', providerName: c.custom?.provider ?? '', family: undefined, trainingAudiences: [], retired: false, custom: true };
  }
  const t = trainings.get(c.trainingId);
  if (!t) {
    return { title: c.trainingTitle ?? c.trainingId, providerName: '', family: c.trainingFamily, trainingAudiences: [], retired: true, custom: false };
  }
  return { title: t.title, providerName: t.providerName, family: t.family, trainingAudiences: t.audiences, retired: false, custom: false };
}

/**
 * Joins members, completions and the catalogue once: O(n log n) for the sort, O(n)
 * for everything else. Screens then read maps instead of filtering 100,000 records.
 * Completions of members that no longer exist are left out.
 */
export function buildTeamIndex(members: readonly Member[], completions: readonly Completion[], trainings: TrainingLookup, today: string): TeamIndex {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const rows: CompletionRow[] = [];
  for (const c of completions) {
    const member = memberById.get(c.memberId);
    if (!member) continue;
    const expiry = expiresOn(c);
    const { status, daysLeft } = statusFor(expiry, today);
    rows.push({ completion: c, member, ...describeCompletion(c, trainings), expiresOn: expiry, status, daysLeft, superseded: false });
  }
  rows.sort(newestFirst);

  const rowsByMember = new Map<string, CompletionRow[]>();
  const rowById = new Map<string, CompletionRow>();
  const seenTraining = new Set<string>();
  for (const row of rows) {
    const c = row.completion;
    rowById.set(c.id, row);
    let list = rowsByMember.get(c.memberId);
    if (!list) rowsByMember.set(c.memberId, (list = []));
    list.push(row);
    // Rows arrive newest first, so any later row of the same member and training is an older one.
    const key = `${c.memberId}\u0000${trainingKey(c)}`;
    if (seenTraining.has(key)) row.superseded = true;
    else seenTraining.add(key);
  }
  return { today, members, memberById, rows, rowById, rowsByMember };
}
