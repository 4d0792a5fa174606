import type { UserData } from '../../shared/model/user-data';
import { deepFreeze } from './deep-freeze';

type Stamped = { id: string; updatedAt?: string; updatedBy?: string };

/** The shared lists: their records say who changed them last and when (shared/model/record-stamp.ts). */
const STAMPED_LISTS = ['members', 'completions', 'plans', 'profiles', 'curricula', 'deliveries'] as const satisfies readonly (keyof UserData)[];

/**
 * Every record `next` adds or replaces (a new object: the store never edits a committed record
 * in place) gets updatedBy = `by` and updatedAt = `at`, unless the write set its own
 * updatedAt (plans and curricula keep their writer's clock). A record that already carries
 * exactly those stamps (an import builds its records so) is kept as it is, not copied. Only the part of each list
 * between the unchanged head and tail is looked at, so a one-record change to 100,000 costs little.
 * `owned` lists the arrays the caller made for this change (the store's draft copies): they are
 * stamped in place. Copying a list of 100,000 costs more than the rest of a one-record save's
 * bookkeeping (a large-object allocation and the collections it brings), and nobody else holds them.
 * The event loop gets a turn every SLICE_MS: an import brings 50,000 new records, and copying
 * them all in one go was the longest main-process stall of its commit.
 */
export async function stampChangedRecordsInSlices(
  next: UserData,
  previous: UserData,
  at: string,
  by: string,
  owned: ReadonlySet<unknown> = new Set(),
  vouched?: Vouched,
): Promise<UserData> {
  const steps = stampSteps(next, previous, at, by, owned, vouched);
  let step = steps.next();
  while (!step.done) {
    await new Promise((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}

/**
 * Completions the caller checked already (UpdateOptions.checkedCompletions), in the order it
 * added them, and where their stamped versions ended up: set only when every one of them was
 * found, in order and side by side, either without stamps of its own (copied and stamped) or
 * kept as it is, all with the same two stamps, so each stored record is the checked record plus
 * one updatedAt/updatedBy. (Positions, not a set: a Set of 50,000 fresh
 * records gives each an identity hash, which cost more than checking them.)
 */
export interface Vouched {
  from: readonly unknown[];
  copies: { start: number; end: number } | null;
}

/** Longest run of copies between turns, and records between two looks at the clock (as record-check.ts). */
const SLICE_MS = 8;
const CLOCK_EVERY = 64;

function* stampSteps(next: UserData, previous: UserData, at: string, by: string, owned: ReadonlySet<unknown>, vouched: Vouched | undefined): Generator<void, UserData> {
  let sliceStart = performance.now();
  let out = next;
  for (const list of STAMPED_LISTS) {
    const prev = previous[list] as readonly Stamped[];
    const now = next[list] as readonly Stamped[];
    if (prev === now) continue;
    let head = 0;
    while (head < prev.length && head < now.length && prev[head] === now[head]) head++;
    let tail = 0;
    while (tail < prev.length - head && tail < now.length - head && prev[prev.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
    if (head + tail === now.length) continue;
    const old = new Map<string, Stamped>();
    for (let i = head; i < prev.length - tail; i++) old.set(prev[i]!.id, prev[i]!);
    const stamped = owned.has(now) ? (now as Stamped[]) : now.slice();
    const checking = list === 'completions' && vouched !== undefined && vouched.from.length > 0;
    let matched = 0;
    let firstMatch = -1;
    let matchedAt: string | undefined;
    for (let i = head; i < now.length - tail; i++) {
      const record = now[i]!;
      // Not an object: left for the record check to refuse with its message.
      if (typeof record !== 'object' || record === null) continue;
      const was = old.get(record.id);
      if (was === record) continue;
      const ownClock = record.updatedAt !== undefined && record.updatedAt !== was?.updatedAt;
      const stampedAt = ownClock ? record.updatedAt! : at;
      // Already carrying exactly the stamps its copy would get (a writer that stamped it, as an
      // import does): kept as it is, one object per record instead of two. Only a plain object
      // (its copy would drop inherited keys), frozen now so that nobody can change it after the check.
      const plain = Object.getPrototypeOf(record) === Object.prototype;
      const kept = plain && record.updatedBy === by && record.updatedAt === stampedAt;
      if (kept) deepFreeze(record);
      else {
        const copy = copyOf(record);
        copy.updatedAt = stampedAt;
        copy.updatedBy = by;
        stamped[i] = copy;
      }
      // What is stored must be the checked record plus the same two stamps as the first one found:
      // a record without stamps of its own (copied and stamped), or one kept as it is.
      if (
        checking &&
        record === vouched!.from[matched] &&
        (kept || (plain && record.updatedAt === undefined && record.updatedBy === undefined)) &&
        (matched === 0 || (i === firstMatch + matched && stampedAt === matchedAt))
      ) {
        if (matched === 0) {
          firstMatch = i;
          matchedAt = stampedAt;
        }
        matched++;
      }
      if (i % CLOCK_EVERY === 0 && performance.now() - sliceStart > SLICE_MS) {
        yield;
        sliceStart = performance.now();
      }
    }
    if (checking && matched === vouched!.from.length) vouched!.copies = { start: firstMatch, end: firstMatch + matched };
    if (stamped !== now) out = { ...out, [list]: stamped };
  }
  return out;
}

/**
 * `{ ...record }`, field by field: records of one list come in several shapes (catalogue or
 * custom training, optional fields), and object spread over many shapes took V8's slow path,
 * several times slower (50,000 imported records: 300+ ms of the commit). A record with a key
 * the plain copy cannot make the same way (an own "__proto__" from a parsed file, an inherited
 * one, a symbol) is spread as before.
 */
function copyOf(record: Stamped): Stamped {
  if (Object.getOwnPropertySymbols(record).length > 0) return { ...record };
  const copy: Record<string, unknown> = {};
  for (const key in record) {
    if (key === '__proto__' || !Object.hasOwn(record, key)) return { ...record };
    copy[key] = (record as Record<string, unknown>)[key];
  }
  return copy as Stamped;
}
