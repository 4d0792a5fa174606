import type { Term } from '../catalogue/schema';
import type { Attendee } from '../model/delivery';
import type { Member } from '../model/team';
import type { CsvTable } from '../team/csv-parse';
import { createMemberMatcher, normaliseText } from '../team/matching';
import { createOtherTableCheck, isHeadingText, singleFilledCell } from '../team/row-rules';
import { signInFieldLabels, signInMappingProblems, type SignInField, type SignInMapping } from './sign-in-mapping';

/*
 * A sign-in sheet, already read into a table by the completion import's reader (bytes
 * decoded, delimiter and header found, title lines skipped), to an attendee list, through
 * the columns the trainer mapped. Members are matched by email, then by name ("Last,
 * First" too). Every row that cannot be used is listed with its row number and field;
 * the others are kept, so one bad row never loses the rest of the sheet. A virtual
 * session's attendance report (Teams, Zoom) reads as one too: someone listed twice (a
 * rejoin, or a second signature) is one attendee, the organizer and presenters of a Teams
 * meeting (its Role column) ran it, and another table under the list is not read.
 */

// A Teams report's Role values for who ran the session.
const RAN_THE_SESSION = new Set(['organizer', 'co organizer', 'presenter']);

export interface SignInProblem {
  rowNumber: number;
  field: string;
  message: string;
}

export interface SignInSheet {
  attendees: Attendee[];
  /** Attendees matched to a team member. */
  members: number;
  /** Rows left out or partly read, by row number and field. */
  problems: SignInProblem[];
  /** Why nothing can be read (no header, no name column…); empty when the sheet is usable. */
  fileProblems: string[];
}

const clip = (s: string, max: number) => s.trim().replace(/\s+/g, ' ').slice(0, max);

export function readSignInSheet(table: CsvTable, mapping: SignInMapping, members: readonly Member[], audiences: readonly Term[]): SignInSheet {
  const empty: SignInSheet = { attendees: [], members: 0, problems: [], fileProblems: [...table.fileProblems] };
  if (table.fileProblems.length > 0) return empty;
  const mappingProblems = signInMappingProblems(mapping, table.headers);
  if (mappingProblems.length > 0) return { ...empty, fileProblems: mappingProblems };
  if (table.rows.length === 0) return { ...empty, fileProblems: ['The sheet has a header row but no attendees under it.'] };
  // A field is named as the sheet names it, so the trainer finds the cell: `Discipline (column "Job title / discipline")`.
  const label = (field: SignInField) => {
    const column = mapping[field];
    const header = column === null ? undefined : table.headers[column];
    return header !== undefined && normaliseText(header) !== normaliseText(signInFieldLabels[field]) ? `${signInFieldLabels[field]} (column "${header}")` : signInFieldLabels[field];
  };
  const audienceByWord = new Map<string, string>();
  for (const a of audiences) {
    audienceByWord.set(normaliseText(a.id), a.id);
    audienceByWord.set(normaliseText(a.label), a.id);
  }
  const matcher = createMemberMatcher(members);
  const attendees: Attendee[] = [];
  const problems: SignInProblem[] = [];
  let matched = 0;
  const startsOtherTable = createOtherTableCheck(table.headers);
  const roleColumn = table.headers.findIndex((h) => normaliseText(h) === 'role');
  /** Row number each attendee was first read on, by e-mail and by name. */
  const firstRow = new Map<string, number>();
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const cell = (field: SignInField) => {
      const i = mapping[field];
      return i === null ? '' : (row.cells[i] ?? '').trim();
    };
    const parserProblem = table.rowProblems.get(row.rowNumber);
    if (parserProblem) {
      problems.push({ rowNumber: row.rowNumber, field: 'the whole row', message: `${parserProblem}; it was left out.` });
      continue;
    }
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (startsOtherTable(row.cells)) {
      const rest = table.rows.length - r - 1;
      problems.push({ rowNumber: row.rowNumber, field: 'the whole row', message: `Another table with other columns starts here; it and the ${rest} ${rest === 1 ? 'row' : 'rows'} under it were not read.` });
      break;
    }
    // A section's title or a count between the lists ("3. In-Meeting Activities", "Total: 12") names no one.
    const heading = singleFilledCell(row.cells);
    if (heading !== null && isHeadingText(heading)) {
      problems.push({ rowNumber: row.rowNumber, field: 'the whole row', message: `“${clip(heading, 60)}” is a heading or a note, not an attendee; it was left out.` });
      continue;
    }
    if (roleColumn !== -1 && RAN_THE_SESSION.has(normaliseText(row.cells[roleColumn] ?? ''))) {
      problems.push({ rowNumber: row.rowNumber, field: 'Role', message: `${clip(row.cells[roleColumn]!, 40)} of the meeting, who ran it; left out of the attendees.` });
      continue;
    }
    const nameField: SignInField = mapping.name !== null ? 'name' : 'first';
    const name = clip(mapping.name !== null ? cell('name') : `${cell('first')} ${cell('last')}`, 200);
    if (name === '') {
      problems.push({ rowNumber: row.rowNumber, field: label(nameField), message: 'No name on this row; it was left out.' });
      continue;
    }
    const email = clip(cell('email'), 200);
    // Two people of one name from different agencies are two attendees.
    const keys = [...(email !== '' ? [`email:${email.toLowerCase()}`] : []), `name:${normaliseText(name)}\n${normaliseText(cell('agency'))}`];
    const before = keys.map((k) => firstRow.get(k)).find((n) => n !== undefined);
    if (before !== undefined) {
      problems.push({ rowNumber: row.rowNumber, field: label(nameField), message: `${name} is already on row ${before} (signed twice, or left and rejoined); counted once.` });
      continue;
    }
    for (const k of keys) firstRow.set(k, row.rowNumber);
    const audienceText = cell('audience');
    const audience = audienceText === '' ? undefined : audienceByWord.get(normaliseText(audienceText));
    if (audienceText !== '' && audience === undefined) {
      problems.push({ rowNumber: row.rowNumber, field: label('audience'), message: `“${clip(audienceText, 60)}” is not one of the catalogue’s audiences; the attendee is kept with the audience not recorded.` });
    }
    const byEmail = email ? matcher.byEmail(email) : { kind: 'none' as const };
    const match = byEmail.kind === 'found' ? byEmail : matcher.byName(name);
    if (match.kind === 'ambiguous') problems.push({ rowNumber: row.rowNumber, field: label(nameField), message: `${match.count} team members have this name; the attendee is kept without a link to the team.` });
    const memberId = match.kind === 'found' ? match.member.id : undefined;
    if (memberId) matched++;
    attendees.push({ name, agency: clip(cell('agency'), 200), email, ...(audience ? { audience } : {}), ...(memberId ? { memberId } : {}) });
  }
  return { ...empty, attendees, members: matched, problems };
}
