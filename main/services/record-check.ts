import type { z } from 'zod';
import { settingsSchema } from '../../shared/model/settings';
import { planSchema } from '../../shared/model/plan';
import { profileSchema } from '../../shared/model/requirements';
import { curriculumSchema } from '../../shared/model/curriculum';
import { deliverySchema } from '../../shared/model/delivery';
import { completionSchema, memberSchema, type Completion } from '../../shared/model/team';
import { CURRENT_SCHEMA_VERSION, type UserData } from '../../shared/model/user-data';
import { describeIssues } from '../../shared/validation/zod-issues';
import { createCompletionCheck } from '../../shared/team/completion-check';

/** Where in the new completions the stamped copies of records the caller checked already are (record-stamps.ts, Vouched). */
export interface VouchedRange {
  start: number;
  end: number;
}

/** A change would store a record the start-up check refuses: nothing is saved. */
export class InvalidRecordError extends Error {}

/**
 * The one choke point for validity: every record a change adds or replaces passes the
 * stored schema before it is written. Records carried over unchanged (the same object)
 * were checked when they entered, so a change that adds one completion to 100,000
 * checks one record. The committed data is therefore always data the full decode at
 * start accepts.
 */
export function checkChangedRecords(next: UserData, previous: UserData): void {
  const steps = changedRecordChecks(next, previous);
  while (!steps.next().done);
}

/**
 * The same check, giving the event loop a turn every SLICE_MS: a restore or an import brings
 * tens of thousands of new records, and their check must not hold the main process.
 */
export async function checkChangedRecordsInSlices(next: UserData, previous: UserData, vouched?: VouchedRange | null): Promise<void> {
  const steps = changedRecordChecks(next, previous, vouched);
  while (!steps.next().done) await new Promise((resolve) => setImmediate(resolve));
}

/** Longest run of checks between turns: by time, not count, because a loaded machine can be ten times slower. */
const SLICE_MS = 8;
/** Records between two looks at the clock. */
const CLOCK_EVERY = 64;

function* changedRecordChecks(next: UserData, previous: UserData, vouched?: VouchedRange | null): Generator<void, void> {
  if (next.schemaVersion !== CURRENT_SCHEMA_VERSION) throw new InvalidRecordError(`The data format must stay ${CURRENT_SCHEMA_VERSION}.`);
  if (next.settings !== previous.settings) check(settingsSchema, next.settings, 'settings');
  yield* checkList('members', memberSchema, next.members, previous.members);
  // Completions are most of the data (an import or a restore brings tens of thousands): the
  // same rules field by field, each distinct value checked once (completion-check.ts).
  const completion = createCompletionCheck({ storedForm: false });
  // Vouched records (an import's, stamped): each is a record the import's check accepted, which
  // accepts only what completionSchema accepts unchanged (tests/unit/team/completion-check.test.ts),
  // plus this change's updatedAt/updatedBy, the same on all of them. The first is checked in full,
  // which checks those two stamps; the rest then hold too.
  let stampsChecked = false;
  const fastValid = (record: unknown, index: number): boolean => {
    const inRange = vouched != null && index >= vouched.start && index < vouched.end;
    if (stampsChecked && inRange) return true;
    const ok = completion(record as Completion).length === 0;
    if (ok && inRange) stampsChecked = true;
    return ok;
  };
  yield* checkList('completions', completionSchema, next.completions, previous.completions, fastValid);
  yield* checkList('plans', planSchema, next.plans, previous.plans);
  yield* checkList('profiles', profileSchema, next.profiles, previous.profiles);
  yield* checkList('curricula', curriculumSchema, next.curricula, previous.curricula);
  yield* checkList('deliveries', deliverySchema, next.deliveries, previous.deliveries);
}

function check(schema: z.ZodType, value: unknown, where: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new InvalidRecordError(`Nothing was saved: ${where} is not valid: ${describeIssues(parsed.error, 3).join('; ')}.`);
  }
}

function label(list: string, record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${list} record "${id.slice(0, 80)}"` : `${list}[${index}]`;
}

/** Above this many records between the unchanged head and tail, skip the old ones with a set. */
const SCAN_LIMIT = 256;

/**
 * fastValid, when given, accepts exactly what `schema` accepts, only faster; a record it
 * refuses goes through `schema` for the message.
 */
function* checkList(
  list: string,
  schema: z.ZodType,
  next: readonly unknown[],
  previous: readonly unknown[],
  fastValid?: (record: unknown, index: number) => boolean,
): Generator<void, void> {
  if (!Array.isArray(next)) throw new InvalidRecordError(`Nothing was saved: ${list} must be a list.`);
  // Appends, inserts, replacements and deletes keep an unchanged head and tail: only the
  // records between them can be new. Checking an old record again is wasted work, never wrong.
  let head = 0;
  while (head < next.length && head < previous.length && next[head] === previous[head]) head++;
  let tail = 0;
  while (tail < next.length - head && tail < previous.length - head && next[next.length - 1 - tail] === previous[previous.length - 1 - tail]) tail++;
  const end = next.length - tail;
  // Only the old records between the same head and tail can reappear there (a move); an
  // append has none, so 50,000 imported rows after 100,000 old ones build no set at all.
  const oldEnd = previous.length - tail;
  let sliceStart = performance.now();
  let before: Set<unknown> | null = null;
  if (end - head > SCAN_LIMIT && oldEnd > head) {
    before = new Set();
    for (let i = head; i < oldEnd; i++) {
      before.add(previous[i]);
      if (i % CLOCK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
        yield;
        sliceStart = performance.now();
      }
    }
  }
  for (let i = head; i < end; i++) {
    const record = next[i];
    if (before?.has(record)) continue;
    if (fastValid === undefined || !fastValid(record, i)) check(schema, record, label(list, record, i));
    if (i % CLOCK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
      yield;
      sliceStart = performance.now();
    }
  }
}
