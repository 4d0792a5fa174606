import type { z } from 'zod';
import { settingsSchema } from '../../shared/model/settings';
import { planSchema } from '../../shared/model/plan';
import { curriculumSchema } from '../../shared/model/curriculum';
import { deliverySchema } from '../../shared/model/delivery';
import { completionSchema, memberSchema } from '../../shared/model/team';
import { CURRENT_SCHEMA_VERSION, type UserData } from '../../shared/model/user-data';
import { describeIssues } from '../../shared/validation/zod-issues';

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
  if (next.schemaVersion !== CURRENT_SCHEMA_VERSION) throw new InvalidRecordError(`The data format must stay ${CURRENT_SCHEMA_VERSION}.`);
  if (next.settings !== previous.settings) check(settingsSchema, next.settings, 'settings');
  checkList('members', memberSchema, next.members, previous.members);
  checkList('completions', completionSchema, next.completions, previous.completions);
  checkList('plans', planSchema, next.plans, previous.plans);
  checkList('curricula', curriculumSchema, next.curricula, previous.curricula);
  checkList('deliveries', deliverySchema, next.deliveries, previous.deliveries);
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

function checkList(list: string, schema: z.ZodType, next: readonly unknown[], previous: readonly unknown[]): void {
  if (!Array.isArray(next)) throw new InvalidRecordError(`Nothing was saved: ${list} must be a list.`);
  // Appends, inserts, replacements and deletes keep an unchanged head and tail: only the
  // records between them can be new. Checking an old record again is wasted work, never wrong.
  let head = 0;
  while (head < next.length && head < previous.length && next[head] === previous[head]) head++;
  let tail = 0;
  while (tail < next.length - head && tail < previous.length - head && next[next.length - 1 - tail] === previous[previous.length - 1 - tail]) tail++;
  const end = next.length - tail;
  const before = end - head > SCAN_LIMIT ? new Set(previous) : null;
  for (let i = head; i < end; i++) {
    const record = next[i];
    if (!before?.has(record)) check(schema, record, label(list, record, i));
  }
}
