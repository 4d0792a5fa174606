import type { Completion } from '../model/team';
import { isoToDay } from '../compliance/day-math';
import { trainingKey } from './team-index';

/*
 * A class's days as rows: a Totara seminar sign-ups report lists each attendee once per session
 * day, and a daily sign-in form has a row per person per day. Each row reads as a completion of
 * the same course, days apart, where the coordinator has one: the class, done on its last day.
 * No one completes the same course twice within a few days, so such rows are one class.
 */

/** Days between two days of one class: a weekend may fall between them (Friday, then Monday). */
const MAX_GAP_DAYS = 3;
/** A class's first day to its last at most: a chain of weekly sessions or a daily briefing is not one class. */
const MAX_SPAN_DAYS = 30;

/** A class read from several rows, for the preview. */
export interface ClassDays {
  memberId: string;
  trainingTitle: string;
  first: string;
  last: string;
  /** Rows folded into the class's record (or into one already recorded), beyond the one kept. */
  folded: number;
  /** The record's hours are the sum of its days' hours. */
  hoursAdded: boolean;
}

interface Chain {
  first: string;
  last: string;
  /** Days recorded in the chain: the existing records' and this file's. */
  days: number;
  kept: number;
  dropped: Completion[];
}

/**
 * The records with each class's days made one record on its last day. `recorded` holds, per
 * member and trainingKey, every day recorded: the existing records' and this file's. A class
 * whose last day is already recorded adds nothing. With `sumHours` (the file gives hours, so
 * each row's are that day's), the kept record's hours are the days' sum when every day is in
 * this file and has hours.
 */
export function foldClassDays(
  records: Completion[],
  recorded: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
  sumHours: boolean,
): { records: Completion[]; classes: ClassDays[] } {
  const chains = new Map<string, Chain>();
  for (const [memberId, byTraining] of recorded) {
    for (const [key, days] of byTraining) {
      if (days.size < 2) continue;
      const sorted = [...days].sort();
      let start = 0;
      for (let i = 1; i <= sorted.length; i++) {
        const joins = i < sorted.length && isoToDay(sorted[i]!) - isoToDay(sorted[i - 1]!) <= MAX_GAP_DAYS && isoToDay(sorted[i]!) - isoToDay(sorted[start]!) <= MAX_SPAN_DAYS;
        if (joins) continue;
        if (i - start >= 2) {
          const chain: Chain = { first: sorted[start]!, last: sorted[i - 1]!, days: i - start, kept: -1, dropped: [] };
          for (let j = start; j < i; j++) chains.set(chainKey(memberId, key, sorted[j]!), chain);
        }
        start = i;
      }
    }
  }
  if (chains.size === 0) return { records, classes: [] };

  const kept: Completion[] = [];
  const seen = new Set<Chain>();
  for (const record of records) {
    const chain = chains.get(chainKey(record.memberId, trainingKey(record), record.completedOn));
    if (chain === undefined) {
      kept.push(record);
      continue;
    }
    seen.add(chain);
    if (record.completedOn === chain.last) {
      chain.kept = kept.length;
      kept.push(record);
    } else chain.dropped.push(record);
  }
  const classes: ClassDays[] = [];
  for (const chain of seen) {
    if (chain.dropped.length === 0) continue;
    // Each day is one record here (a repeated day was a duplicate): a day recorded before this file is not summed.
    const allNew = chain.kept !== -1 && chain.dropped.length + 1 === chain.days;
    const last = chain.kept === -1 ? undefined : kept[chain.kept]!;
    const hoursAdded = last !== undefined && sumHours && allNew && last.hours !== undefined && chain.dropped.every((r) => r.hours !== undefined);
    if (hoursAdded) kept[chain.kept] = { ...last, hours: Math.round(chain.dropped.reduce((sum, r) => sum + r.hours!, last.hours!) * 100) / 100 };
    classes.push({ memberId: chain.dropped[0]!.memberId, trainingTitle: titleOf(chain.dropped[0]!), first: chain.first, last: chain.last, folded: chain.dropped.length, hoursAdded });
  }
  return { records: kept, classes };
}

const chainKey = (memberId: string, key: string, day: string): string => `${memberId}\u0000${key}\u0000${day}`;

function titleOf(record: Completion): string {
  return record.trainingTitle ?? record.custom?.title ?? record.trainingId ?? '';
}
