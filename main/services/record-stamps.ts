import type { UserData } from '../../shared/model/user-data';

type Stamped = { id: string; updatedAt?: string; updatedBy?: string };

/** The shared lists: their records say who changed them last and when (shared/model/record-stamp.ts). */
const STAMPED_LISTS = ['members', 'completions', 'plans', 'profiles', 'curricula', 'deliveries'] as const satisfies readonly (keyof UserData)[];

/**
 * Every record `next` adds or replaces (a new object: the store never edits a committed record
 * in place) gets updatedBy = `by` and updatedAt = `at`, unless the write set its own
 * updatedAt (plans and curricula keep their writer's clock). Only the part of each list
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
 * added them, and where their stamped copies ended up: set only when every one of them was
 * found, in order and side by side, without stamps of its own, so each copy is the checked
 * record plus this change's updatedAt/updatedBy. (Positions, not a set: a Set of 50,000 fresh
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
    for (let i = head; i < now.length - tail; i++) {
      const record = now[i]!;
      // Not an object: left for the record check to refuse with its message.
      if (typeof record !== 'object' || record === null) continue;
      const was = old.get(record.id);
      if (was === record) continue;
      const ownClock = record.updatedAt !== undefined && record.updatedAt !== was?.updatedAt;
      const copy = copyOf(record);
      copy.updatedAt = ownClock ? record.updatedAt : at;
      copy.updatedBy = by;
      stamped[i] = copy;
      // Only a record without stamps of its own: its copy then differs from it by this change's two stamps alone.
      if (checking && record === vouched!.from[matched] && record.updatedAt === undefined && record.updatedBy === undefined && (matched === 0 || i === firstMatch + matched)) {
        if (matched === 0) firstMatch = i;
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
