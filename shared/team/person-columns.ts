import type { Member } from '../model/team';
import { cleanCell } from './clean-cell';
import { importFields, memberIdentityFields, type ColumnMapping } from './csv-mapping';
import type { CsvTable } from './csv-parse';
import { createDatedColumnCheck } from './dated-columns';
import type { PersonColumn } from './import-options';
import type { createMemberMatcher } from './matching';
import { NOT_A_COURSE } from './training-columns';

/*
 * A training matrix turned the other way: one row per course and one column per person, with
 * the date each person completed the course in their column. Coordinators who track a
 * handful of investigators against a list of required courses keep it this way round.
 */

type MemberMatcher = Pick<ReturnType<typeof createMemberMatcher>, 'byEmail' | 'byName' | 'isOnTeam'>;

// Words a dated column's header has when it is no person: a session, a period, a kind of date.
const NOT_A_PERSON = /\b(?:dates?|day|days|week|month|year|quarter|total|count|sum|course|courses|training|class|module|session|part|phase|level|notes?|status|hours?|completed?|completion|score|result|grade|deadline|required)\b/i;

// A person's name as a header writes it: one to four words of letters ("Hale", "Det. Jordan Hale", "Hale, Jordan").
const NAME_SHAPED = /^\p{L}[\p{L}'’.-]*(?:,?\s+\p{L}[\p{L}'’.-]*){0,3}$/u;

// The corner cell over a course column: empty (the parser names it "Column 1"), or naming the courses ("Course", "Training / Officer").
const COURSE_CORNER = /^(?:column \d+)?$|\b(?:course|courses|training|trainings|class|classes|module|modules|requirement|requirements)\b/i;

/** Whether a column's header reads as a person: someone on the team, or a name-shaped header naming no kind of date. */
function headerNamesPerson(header: string, members: MemberMatcher): boolean {
  const written = cleanCell(header).trim();
  if (written === '') return false;
  if (members.isOnTeam({ email: written.includes('@') ? written : '', externalId: '', name: written })) return true;
  return NAME_SHAPED.test(written) && !NOT_A_PERSON.test(written) && !NOT_A_COURSE.test(written);
}

/** Rows read to tell whose the first column is. */
const SAMPLE_ROWS = 200;

/**
 * The people's columns of a matrix with a course on each row, when the file is one: no column
 * names the member or the completion date, a column names the course, and two columns or more
 * (one, if it names a team member) are headed by a person and hold mostly dates. Null otherwise.
 * A first column under an empty corner (or one saying "Course") holds the courses when none of
 * its cells names a team member (then it is a matrix the usual way round, a person on each row)
 * and, unless the coordinator ticked the choice (isCatalogueTitle null), a header names a team
 * member or a cell of it is a catalogue title.
 */
export function guessPersonColumns(
  table: CsvTable,
  mapping: ColumnMapping,
  members: MemberMatcher,
  isCatalogueTitle: ((title: string) => boolean) | null,
): { columns: PersonColumn[]; trainingTitle: number } | null {
  if (mapping.completedOn !== null || memberIdentityFields.some((f) => mapping[f] !== null)) return null;
  const taken = new Set(importFields.filter((f) => f !== 'expiresOn').map((f) => mapping[f]));
  const dated = createDatedColumnCheck(table);
  let trainingTitle = mapping.trainingTitle ?? mapping.trainingId;
  let corner = false;
  if (trainingTitle === null && !taken.has(0) && COURSE_CORNER.test(cleanCell(table.headers[0] ?? '').trim()) && !dated(0)) {
    const firstCells = table.rows.slice(0, SAMPLE_ROWS).map((r) => cleanCell(r.cells[0] ?? '').trim()).filter((c) => c !== '');
    if (firstCells.some((c) => members.isOnTeam({ email: c.includes('@') ? c : '', externalId: '', name: c }))) return null;
    trainingTitle = 0;
    corner = isCatalogueTitle === null || firstCells.some(isCatalogueTitle);
  }
  if (trainingTitle === null) return null;
  const columns: PersonColumn[] = [];
  let onTeam = 0;
  table.headers.forEach((header, column) => {
    if (column === trainingTitle || taken.has(column)) return;
    // A team member's column may hold only "N/A" or "Scheduled" so far.
    const member = members.isOnTeam({ email: '', externalId: '', name: cleanCell(header).trim() });
    if (!(member || headerNamesPerson(header, members)) || !dated(column, { evenEmpty: member })) return;
    columns.push({ column, memberId: null });
    if (member) onTeam++;
  });
  if (trainingTitle === 0 && mapping.trainingTitle === null && mapping.trainingId === null && !corner && onTeam === 0) return null;
  return columns.length >= 2 || onTeam === 1 ? { columns, trainingTitle } : null;
}

/** Who a person's column records, as the screen shows it: a team member, a new member, or why neither. */
export type ColumnPerson = { kind: 'member'; member: Member; byHeader: boolean } | { kind: 'new'; name: string } | { kind: 'problem'; message: string };

/** The member of a person's column: the one chosen for it, else the one its header names (looking only: nothing is created). */
export function columnPerson(header: string, column: number, chosen: string | null, team: readonly Member[], members: MemberMatcher): ColumnPerson {
  const written = cleanCell(header).trim();
  const name = written !== '' ? `“${written.slice(0, 80)}”` : `column ${column + 1}`;
  if (chosen !== null) {
    const member = team.find((m) => m.id === chosen);
    return member ? { kind: 'member', member, byHeader: false } : { kind: 'problem', message: `The team member chosen for ${name} is not on the team any more; choose them again.` };
  }
  if (written === '') return { kind: 'problem', message: `Column ${column + 1} has no header to name its person; choose who it is.` };
  const found = written.includes('@') ? members.byEmail(written) : members.byName(written);
  if (found.kind === 'found') return { kind: 'member', member: found.member, byHeader: true };
  if (found.kind === 'ambiguous') return { kind: 'problem', message: `${name} matches ${found.count} team members; choose which one this column is.` };
  return { kind: 'new', name: written };
}
