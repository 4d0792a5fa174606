import type { z } from 'zod';
import type { SetAsideRecord } from '../../shared/model/app-info';
import { planSchema } from '../../shared/model/plan';
import { profileSchema } from '../../shared/model/requirements';
import { curriculumSchema } from '../../shared/model/curriculum';
import { deliverySchema } from '../../shared/model/delivery';
import { settingsSchema } from '../../shared/model/settings';
import { completionSchema, memberSchema, type Completion } from '../../shared/model/team';
import { createCompletionCheck } from '../../shared/team/completion-check';
import { CURRENT_SCHEMA_VERSION, userDataSchema, type UserData } from '../../shared/model/user-data';
import { formatPath } from '../../shared/validation/zod-issues';

/** One record (or the bad fields of settings) that could not be used, with every problem found in it. */
export interface SetAside {
  list: SetAsideRecord['list'];
  index: number | null;
  id: string | null;
  problems: { field: string; why: string }[];
  /** The record exactly as the file held it, for the side file and the export. */
  record: unknown;
}

/** Every list of the data file (salvage.test.ts checks this against userDataSchema, so a new list cannot be dropped). */
export const LISTS = {
  members: memberSchema,
  completions: completionSchema,
  plans: planSchema,
  profiles: profileSchema,
  curricula: curriculumSchema,
  deliveries: deliverySchema,
} as const;
const WHOLE = '(whole record)';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (record: unknown): string | null => (isObject(record) && typeof record.id === 'string' ? record.id.slice(0, 120) : null);
/** zod says "expected string, received undefined" for a field that is not there at all. */
const whyOf = (message: string) => (/received undefined$/.test(message) ? 'This field is missing' : message);
const problemsOf = (error: z.ZodError) => error.issues.slice(0, 20).map((i) => ({ field: i.path.length === 0 ? WHOLE : formatPath(i.path), why: whyOf(i.message) }));

/**
 * Salvage instead of all-or-nothing: every record of a migrated data object is checked
 * on its own; the valid ones are kept, the others come back with which field and why.
 * Bad settings fields fall back to their defaults. Returns null when what is kept
 * still fails the full schema (it cannot, but the caller then refuses the file).
 */
export function salvageUserData(raw: Record<string, unknown>): { data: UserData; setAside: SetAside[] } | null {
  const gen = checkRecords(raw);
  let step = gen.next();
  while (!step.done) step = gen.next();
  return step.value;
}

/** The same check in slices: the event loop gets a turn every SLICE records (start-up with 100,000 completions). */
export async function salvageUserDataInSlices(raw: Record<string, unknown>): Promise<{ data: UserData; setAside: SetAside[] } | null> {
  const gen = checkRecords(raw);
  let step = gen.next();
  while (!step.done) {
    await new Promise((resolve) => setImmediate(resolve));
    step = gen.next();
  }
  return step.value;
}

/** Records checked between two turns of the event loop: about 10 ms of zod work. */
const SLICE = 2000;

/**
 * Each record through its own stored schema; the assembled object is what the whole-file
 * schema returns for the same input (the top level holds nothing but these lists and settings).
 * Yields every SLICE records so a caller can give the event loop a turn.
 */
function* checkRecords(raw: Record<string, unknown>): Generator<void, { data: UserData; setAside: SetAside[] } | null> {
  const setAside: SetAside[] = [];
  const kept: Record<string, unknown[]> = {};
  let sinceYield = 0;
  for (const [list, schema] of Object.entries(LISTS) as [keyof typeof LISTS, z.ZodType][]) {
    const value = raw[list];
    const out: unknown[] = [];
    kept[list] = out;
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      setAside.push({ list, index: null, id: null, problems: [{ field: WHOLE, why: `${list} must be a list` }], record: value });
      continue;
    }
    const stored = list === 'completions' ? createStoredCompletionCheck() : null;
    for (let index = 0; index < value.length; index++) {
      const record: unknown = value[index];
      if (stored?.(record)) {
        out.push(record);
        if (++sinceYield === SLICE) {
          sinceYield = 0;
          yield;
        }
        continue;
      }
      const parsed = schema.safeParse(record);
      if (parsed.success) out.push(parsed.data);
      else setAside.push({ list, index, id: idOf(record), problems: problemsOf(parsed.error), record });
      if (++sinceYield === SLICE) {
        sinceYield = 0;
        yield;
      }
    }
  }
  const settings = salvageSettings(raw.settings, setAside);
  const assembled = { schemaVersion: CURRENT_SCHEMA_VERSION, settings, ...kept } as UserData;
  if (setAside.length === 0) return { data: assembled, setAside };
  // Rare path (something was set aside): prove what is kept passes the whole-file schema.
  const checked = userDataSchema.safeParse(assembled);
  return checked.success ? { data: checked.data, setAside } : null;
}

/**
 * Completions are most of a data file. One already in its stored form is kept as it is: the
 * field-by-field check accepts it only when every field is what completionSchema would output
 * (completion-check.ts, storedForm), and with no key the schema would drop, the record is
 * the schema's output (tests/unit/store/stored-completion.test.ts). Anything else goes
 * through the schema, for its output and its messages.
 */
export function createStoredCompletionCheck(): (record: unknown) => boolean {
  const check = createCompletionCheck({ storedForm: true });
  const known = new Set(Object.keys(completionSchema.shape));
  return (record) => {
    if (!isObject(record)) return false;
    for (const key in record) if (!known.has(key)) return false;
    return check(record as Completion).length === 0;
  };
}

function salvageSettings(value: unknown, setAside: SetAside[]): unknown {
  const parsed = settingsSchema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  if (!isObject(value)) {
    setAside.push({ list: 'settings', index: null, id: null, problems: [{ field: WHOLE, why: 'settings must be an object' }], record: value });
    return {};
  }
  // Drop only the fields that failed; each falls back to its default.
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
  const record = Object.fromEntries(Object.entries(value).filter(([k]) => bad.has(k)));
  setAside.push({ list: 'settings', index: null, id: null, problems: problemsOf(parsed.error), record });
  const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !bad.has(k)));
  return settingsSchema.safeParse(rest).success ? rest : {};
}

/** "members[3].name (record "m-1"): Required" — one line per problem, for messages and the panel. */
export function describeSetAside(entries: readonly SetAside[]): SetAsideRecord[] {
  return entries.flatMap((e) => e.problems.map((p) => ({ list: e.list, index: e.index, id: e.id, field: p.field, why: p.why })));
}

export function setAsideLine(r: SetAsideRecord): string {
  const where = `${r.list}${r.index === null ? '' : `[${r.index}]`}${r.field === WHOLE ? '' : `.${r.field}`}`;
  return `${where}${r.id ? ` (record "${r.id}")` : ''}: ${r.why}`;
}
