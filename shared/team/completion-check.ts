import type { z } from 'zod';
import { completionSchema, type Completion } from '../model/team';
import { checkTrainingRef } from '../model/training-ref';

/*
 * The stored completion schema applied field by field, each distinct value of a field
 * checked once. An import builds 50,000 records out of a few hundred distinct titles,
 * dates and hours; a whole-record safeParse per row cost more than reading the file and
 * its garbage slowed every collection. The rules are the schema's own (its fields and its
 * training-reference rule); the store still checks each record it saves as a whole.
 */

export interface FieldIssue {
  /** The completion field, as completionSchema names it ("custom", "hours", …). */
  path: string;
  message: string;
}

const NONE: readonly FieldIssue[] = [];
/** Fields that differ on every row: checked each time, never remembered. */
const PER_ROW = new Set(['id', 'certificateNumber', 'notes']);
/**
 * recordIdSchema's three rules (1 to 80 characters, letters, digits, "-" and "_") as one
 * test: every row has its own id, and a zod parse per record was a tenth of the check.
 * An id it refuses goes through the schema for the message.
 */
const VALID_ID = /^[A-Za-z0-9_-]{1,80}$/;
/** Past this many distinct values a field's memo stops growing (a file of unique values gains nothing from it). */
const MEMO_LIMIT = 20_000;

type Shape = Record<string, z.ZodType>;

export interface CompletionCheckOptions {
  /**
   * true (the import's default): the record must be the schema's output already (trimmed
   * text), and a value the schema would change is reported, so nothing is stored unchecked.
   * false (the store's choke point): refuse exactly what completionSchema.safeParse refuses,
   * as the full decode at start does.
   */
  storedForm?: boolean;
}

/** The schema's fields, each with its remembered verdicts, and the check of one value of one field. */
function fieldChecks(storedForm: boolean) {
  const shape = completionSchema.shape as unknown as Shape;
  const fields = Object.entries(shape).map(([key, schema]) => ({
    key,
    schema,
    required: !schema.safeParse(undefined).success,
    memo: PER_ROW.has(key) ? null : new Map<unknown, readonly FieldIssue[]>(),
  }));

  const checkField = (field: (typeof fields)[number], value: unknown): readonly FieldIssue[] => {
    if (field.key === 'id' && typeof value === 'string' && VALID_ID.test(value)) return NONE;
    const known = field.memo?.get(value);
    if (known !== undefined) return known;
    const parsed = field.schema.safeParse(value);
    let issues: readonly FieldIssue[] = NONE;
    if (!parsed.success) issues = parsed.error.issues.map((i) => ({ path: field.key, message: i.message }));
    // Without storedForm, what the schema would rewrite (trims) is accepted, as the schema accepts it.
    else if (storedForm && (typeof value !== 'object' ? parsed.data !== value : JSON.stringify(parsed.data) !== JSON.stringify(value))) {
      issues = [{ path: field.key, message: 'is not written as it would be stored (extra spaces?)' }];
    }
    if (field.memo !== null && field.memo.size < MEMO_LIMIT) field.memo.set(value, issues);
    return issues;
  };
  return { fields, checkField };
}

/**
 * The same rules one field at a time: true when `value` passes as field `key` of a stored
 * completion, as the record check below would find it. For the import, which builds each
 * record out of parts (member, training, date, hours) and checks each distinct part once.
 */
export function createCompletionFieldCheck(options: CompletionCheckOptions = {}): (key: keyof Completion, value: unknown) => boolean {
  const { fields, checkField } = fieldChecks(options.storedForm ?? true);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  return (key, value) => {
    const field = byKey.get(key);
    // A key the schema does not know is dropped by it, never stored.
    if (field === undefined) return true;
    if (value === undefined) return !field.required;
    return checkField(field, value).length === 0;
  };
}

/**
 * Returns a checker: the issues completionSchema.safeParse would report for the record, or
 * an empty list.
 */
export function createCompletionCheck(options: CompletionCheckOptions = {}): (record: Completion) => readonly FieldIssue[] {
  const { fields, checkField } = fieldChecks(options.storedForm ?? true);

  // One context for the cross-field rule, reused: a new object per record was measurable garbage.
  let found: FieldIssue[] | null = null;
  const ctx = {
    value: undefined as unknown,
    issues: [],
    addIssue(issue: string | { path?: PropertyKey[]; message?: string }) {
      const path = typeof issue === 'string' ? '' : String(issue.path?.[0] ?? '');
      (found ??= []).push({ path, message: typeof issue === 'string' ? issue : (issue.message ?? 'is not valid') });
    },
  };

  return (record) => {
    // Not an object at all: the schema's own message (the field-by-field path needs an object).
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      const parsed = completionSchema.safeParse(record);
      return parsed.success ? NONE : parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message }));
    }
    found = null;
    // Keys the schema does not know are dropped by it, never stored: only its own fields are checked.
    for (const field of fields) {
      const value = (record as Record<string, unknown>)[field.key];
      if (value === undefined && !field.required) continue;
      const issues = checkField(field, value);
      if (issues.length > 0) (found ??= []).push(...issues);
    }
    ctx.value = record;
    checkTrainingRef(record, ctx as unknown as z.RefinementCtx);
    return found ?? NONE;
  };
}
