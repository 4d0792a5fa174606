import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { normaliseText } from '../team/matching';

/**
 * The columns a sign-in sheet can hold, the header spellings that suggest each, and what
 * must be there. The same column-mapping screen as the completion import shows them.
 */

export const signInFields = ['name', 'first', 'last', 'email', 'agency', 'audience'] as const;
export type SignInField = (typeof signInFields)[number];

/** Column index for each field; null = not in the sheet. */
export type SignInMapping = Record<SignInField, number | null>;

export const signInFieldLabels: Record<SignInField, string> = {
  name: 'Name',
  first: 'First name',
  last: 'Last name',
  email: 'Email',
  agency: 'Agency',
  audience: 'Discipline',
};

export const signInFieldHelp: Record<SignInField, string> = {
  name: 'The attendee’s name as signed; "Last, First" works too. Matched to team members after email.',
  first: 'With Last name, instead of a Name column.',
  last: 'With First name, instead of a Name column.',
  email: 'Matched to team members first, when given.',
  agency: 'Counted in the report’s people by agency.',
  audience: 'Matched to the catalogue’s audiences (Law enforcement, Prosecutors…).',
};

export const signInRequired: Partial<Record<SignInField, string>> = {
  name: 'name, or first and last name, needed',
  first: 'with last name',
  last: 'with first name',
};

/** Header spellings per field, most specific first, compared after normaliseText ("E-mail" is "e mail"). */
const synonyms: Record<SignInField, string[]> = {
  // The line people print their name on, beside the one they sign; rosters' rank with the name; Zoom's participants report.
  name: [
    'name', 'full name', 'attendee', 'attendee name', 'participant', 'participant name', 'student name', 'print name', 'printed name', 'please print name',
    'name please print', 'print full name', 'rank name', 'name rank', 'rank and name', 'name and rank', 'name original name',
  ],
  first: ['first name', 'first', 'given name', 'firstname'],
  last: ['last name', 'last', 'surname', 'family name', 'lastname'],
  email: ['email', 'e mail', 'email address', 'e mail address', 'user email'],
  agency: ['agency', 'organization', 'organisation', 'department', 'employer', 'agency organization'],
  audience: ['discipline', 'audience', 'profession', 'sector'],
};

export function emptySignInMapping(): SignInMapping {
  return { name: null, first: null, last: null, email: null, agency: null, audience: null };
}

/** Best guess per field from the headers; each column is used at most once. */
export function guessSignInMapping(headers: readonly string[]): SignInMapping {
  const normalised = headers.map((h) => normaliseText(h));
  const mapping = emptySignInMapping();
  const taken = new Set<number>();
  const longest = Math.max(...Object.values(synonyms).map((s) => s.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const field of signInFields) {
      const wanted = synonyms[field][rank];
      if (mapping[field] !== null || wanted === undefined) continue;
      const column = normalised.findIndex((h, i) => h === wanted && !taken.has(i));
      if (column !== -1) {
        mapping[field] = column;
        taken.add(column);
      }
    }
  }
  return mapping;
}

/** What is wrong with the column choice, in words; empty when the sheet can be read. */
export function signInMappingProblems(mapping: SignInMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  const used = new Map<number, SignInField>();
  for (const field of signInFields) {
    const column = mapping[field];
    if (column === null) continue;
    if (column < 0 || column >= headers.length) problems.push(`${signInFieldLabels[field]} points at column ${column + 1}, which the sheet does not have.`);
    const other = used.get(column);
    if (other) problems.push(`${signInFieldLabels[other]} and ${signInFieldLabels[field]} both use column ${column + 1}; give each its own column.`);
    used.set(column, field);
  }
  if (mapping.name === null && (mapping.first === null || mapping.last === null)) {
    problems.push(`Choose the column with the attendees’ names (Name, or First name and Last name): none of the header row (${headers.join(', ')}) looks like one.`);
  }
  return problems;
}

const columnSchema = lazySchema(() => z.number().int().min(0).max(10_000).nullable().default(null));

/** A sign-in mapping the trainer saved, offered again when the same header row returns. */
export const savedSignInMappingSchema = lazySchema(() => z.object({
  name: z.string().trim().min(1, 'Give the mapping a name').max(100, 'Use at most 100 characters'),
  /** headerKey of the header row it was made for. */
  headerKey: z.string().max(20_000),
  mapping: z.object({ name: columnSchema, first: columnSchema, last: columnSchema, email: columnSchema, agency: columnSchema, audience: columnSchema }),
}));
export type SavedSignInMapping = z.infer<typeof savedSignInMappingSchema>;
