import type { z } from 'zod';
import { settingsSchema } from '../../shared/model/settings';
import { planSchema } from '../../shared/model/plan';
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

function checkList(list: string, schema: z.ZodType, next: readonly unknown[], previous: readonly unknown[]): void {
  if (!Array.isArray(next)) throw new InvalidRecordError(`Nothing was saved: ${list} must be a list.`);
  let i = 0;
  // Appends and in-place replacements keep the prefix: no set needed for the common case.
  while (i < next.length && i < previous.length && next[i] === previous[i]) i++;
  let before: Set<unknown> | null = null;
  for (; i < next.length; i++) {
    const record = next[i];
    if (i < previous.length && previous[i] === record) continue;
    before ??= new Set(previous);
    if (!before.has(record)) check(schema, record, label(list, record, i));
  }
}
