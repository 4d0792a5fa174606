import type { Term } from '../catalogue/schema';
import type { Attendee } from '../model/delivery';
import type { Member } from '../model/team';
import { parseCsvTable } from '../team/csv-parse';
import { decodeBytes } from '../team/decode-bytes';
import { createMemberMatcher, normaliseText } from '../team/matching';

/*
 * A sign-in sheet (CSV) to an attendee list, with the completion import's rules: the file
 * is read as bytes (BOM, UTF-8 or Windows-1252), comma/semicolon/tab, report titles above
 * the header skipped, members matched by email then by name ("Last, First" too). Every
 * row that cannot be used is listed with its row number and field; nothing is guessed.
 */

export interface SignInProblem {
  rowNumber: number;
  field: string;
  message: string;
}

export interface SignInSheet {
  encoding: string;
  /** Which column each field was read from (header text), or null when the sheet has none. */
  columns: { name: string | null; first: string | null; last: string | null; agency: string | null; email: string | null; audience: string | null };
  attendees: Attendee[];
  /** Attendees matched to a team member. */
  members: number;
  problems: SignInProblem[];
  fileProblems: string[];
}

const HEADERS = {
  name: ['name', 'full name', 'attendee', 'attendee name', 'participant', 'participant name'],
  first: ['first name', 'first', 'given name'],
  last: ['last name', 'last', 'surname', 'family name'],
  agency: ['agency', 'organization', 'organisation', 'department', 'employer', 'agency organization'],
  email: ['email', 'e mail', 'email address', 'e mail address'],
  audience: ['discipline', 'audience', 'profession', 'sector'],
} as const;

const clip = (s: string, max: number) => s.trim().replace(/\s+/g, ' ').slice(0, max);

export function readSignInSheet(bytes: Uint8Array, members: readonly Member[], audiences: readonly Term[]): SignInSheet {
  const decoded = decodeBytes(bytes);
  const table = parseCsvTable(decoded.text);
  const headers = table.headers.map((h) => normaliseText(h));
  const column = (names: readonly string[]) => {
    const i = headers.findIndex((h) => names.includes(h));
    return i < 0 ? null : i;
  };
  const at = { name: column(HEADERS.name), first: column(HEADERS.first), last: column(HEADERS.last), agency: column(HEADERS.agency), email: column(HEADERS.email), audience: column(HEADERS.audience) };
  const columns = Object.fromEntries(Object.entries(at).map(([k, i]) => [k, i === null ? null : table.headers[i]!])) as SignInSheet['columns'];
  const empty: SignInSheet = { encoding: decoded.encoding, columns, attendees: [], members: 0, problems: [], fileProblems: [...table.fileProblems] };
  if (table.fileProblems.length > 0) return empty;
  if (at.name === null && (at.first === null || at.last === null)) {
    return { ...empty, fileProblems: [`No name column: the header row (${table.headers.join(', ')}) needs a “Name” column, or “First name” and “Last name”.`] };
  }
  const audienceByWord = new Map<string, string>();
  for (const a of audiences) {
    audienceByWord.set(normaliseText(a.id), a.id);
    audienceByWord.set(normaliseText(a.label), a.id);
  }
  const matcher = createMemberMatcher(members);
  const attendees: Attendee[] = [];
  const problems: SignInProblem[] = [];
  let matched = 0;
  for (const row of table.rows) {
    const cell = (i: number | null) => (i === null ? '' : (row.cells[i] ?? '').trim());
    const parserProblem = table.rowProblems.get(row.rowNumber);
    if (parserProblem) {
      problems.push({ rowNumber: row.rowNumber, field: 'row', message: parserProblem });
      continue;
    }
    const name = clip(at.name !== null ? cell(at.name) : `${cell(at.first)} ${cell(at.last)}`, 200);
    if (name === '') {
      problems.push({ rowNumber: row.rowNumber, field: columns.name ?? 'Name', message: 'No name on this row; it was left out.' });
      continue;
    }
    const email = clip(cell(at.email), 200);
    const audienceText = cell(at.audience);
    const audience = audienceText === '' ? undefined : audienceByWord.get(normaliseText(audienceText));
    if (audienceText !== '' && audience === undefined) {
      problems.push({ rowNumber: row.rowNumber, field: columns.audience ?? 'Discipline', message: `“${clip(audienceText, 60)}” is not one of the catalogue’s audiences; the attendee is kept with the audience not recorded.` });
    }
    const byEmail = email ? matcher.byEmail(email) : { kind: 'none' as const };
    const match = byEmail.kind === 'found' ? byEmail : matcher.byName(name);
    if (match.kind === 'ambiguous') problems.push({ rowNumber: row.rowNumber, field: columns.name ?? 'Name', message: `${match.count} team members have this name; link the attendee by hand.` });
    const memberId = match.kind === 'found' ? match.member.id : undefined;
    if (memberId) matched++;
    attendees.push({ name, agency: clip(cell(at.agency), 200), email, ...(audience ? { audience } : {}), ...(memberId ? { memberId } : {}) });
  }
  return { ...empty, attendees, members: matched, problems };
}
