import { dayNumber, isoFromDayNumber } from '../util/dates';

/*
 * Trainings not taken yet are no completions: hand-made logs keep the classes people are
 * registered for under the ones they attended, dated in the future.
 */

/** The latest day a completion can be dated, today given: tomorrow, for time zones. The record form and the import share it. */
export function latestCompletionDay(today: string): string {
  return isoFromDayNumber(dayNumber(today) + 1);
}

/** The record form's words (main and window) for a completion dated after that. */
export const AFTER_TODAY = 'The completion date is after today: record a training once it has been taken.';

/**
 * The latest completion date the import's clock allows: today in UTC and one day more, since
 * a session's UTC time can fall on tomorrow's date and the coordinator's day may be ahead of
 * UTC's. Returns the problem with a completion date (ISO), or null.
 */
export function createFutureDateCheck(now: string): (text: string, iso: string) => string | null {
  const latest = latestCompletionDay(now.slice(0, 10));
  return (text, iso) =>
    iso <= latest ? null : `"${text.slice(0, 40)}" is after today: a training not taken yet is no completion; fix the date, or tick “Leave out rows dated after today”`;
}

// Words saying the rows under a heading are not taken yet.
const NOT_TAKEN = new Set(['upcoming', 'registered', 'scheduled', 'planned', 'enrolled', 'enrolment', 'enrolments', 'enrollment', 'enrollments', 'waitlist', 'waitlisted', 'wait', 'waiting', 'future']);
// Words that say done: only with "not yet" before them ("not yet attended"); "Not completed" may head a group of no-shows above the completed ones.
const DONE = new Set(['attended', 'taken', 'completed', 'done', 'finished', 'started']);
// The other words such a heading is made of; any other word makes the line a title ("Registered Sex Offender Investigations").
const FILLER = new Set(['list', 'not', 'yet', 'class', 'classes', 'training', 'trainings', 'course', 'courses', 'session', 'sessions', 'event', 'events', 'for', 'and', 'or', 'as', 'of', 'to', 'be', 'the', 'in', 'only', 'still']);

/** Whether a heading's text says the rows under it are not taken yet ("UPCOMING / REGISTERED (not yet attended)", "Wait list"). */
export function saysNotTakenYet(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let says = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NOT_TAKEN.has(w)) says = true;
    else if (DONE.has(w)) {
      if (words[i - 1] !== 'yet' || words[i - 2] !== 'not') return false;
      says = true;
    } else if (!FILLER.has(w) && !/\d/.test(w)) return false;
  }
  return says;
}

/** A line's one filled cell (singleFilledCell) that says the rows under it are not taken yet: it ends the records, as another table does. */
export function isNotTakenHeading(text: string): boolean {
  return text.length <= 120 && saysNotTakenYet(text);
}
