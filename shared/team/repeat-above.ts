import type { Member } from '../model/team';
import { mappedColumns, type ColumnMapping, type ImportField } from './csv-mapping';
import { memberColumns, memberNames } from './import-cells';
import { createMemberMatcher } from './matching';
import { createOtherTableCheck, firstFilledCell, isNumbersOnly, isSummaryText, singleFilledCell } from './row-rules';

/**
 * "Empty cells mean the same as the row above": a sheet kept with a course and its date typed
 * once and merged down beside the people who took it, or a person's name merged down beside
 * the courses they took, then saved as CSV, keeps the value in the top row only (a workbook's
 * merges are read as they show, xlsx-sheet.ts). The training's own fields and who took it
 * repeat; a status or a certificate number never does.
 */
const REPEATED: readonly ImportField[] = ['trainingId', 'trainingTitle', 'provider', 'completedOn', 'startedOn', 'hours', 'validForMonths', 'expiresOn'];

/**
 * A function that gives each row its cells with the empty ones filled from the rows above:
 * - a row that names someone and no course gets the training's fields it lacks from the last
 *   row that named one; with only a name filled, only when that name is on the team (else it is
 *   a heading); a row with its own course takes nothing from above;
 * - a row with its own training and date but no one named gets the last person named (their
 *   name merged down beside their courses).
 * A row with neither, or starting a Total line, is left as written and nothing is taken from
 * it, so the heading and summary rules still see it. Rows are passed in file order; the cells
 * given are never changed in place.
 */
export function createRepeatAbove(mapping: ColumnMapping, team: readonly Member[]): (cells: string[]) => string[] {
  const columns = REPEATED.map((f) => mapping[f]).filter((c): c is number => c !== null);
  const members = memberColumns(mapping);
  const training = mapping.trainingTitle ?? mapping.trainingId;
  const matcher = createMemberMatcher(team);
  const onTeam = (cells: readonly string[]): boolean => matcher.isOnTeam(memberNames(cells, mapping));
  const lastRecord = new Map<number, string>();
  const lastMember = new Map<number, string>();
  const filled = (cells: readonly string[], c: number | null): boolean => c !== null && (cells[c] ?? '').trim() !== '';
  /** `cells` with the empty ones of `wanted` taken from `from`, and the filled ones remembered there. */
  const fillFrom = (cells: string[], out: string[], wanted: readonly number[], from: Map<number, string>): string[] => {
    for (const c of wanted) {
      if (filled(cells, c)) {
        from.set(c, cells[c]!);
        continue;
      }
      const above = from.get(c);
      if (above === undefined) continue;
      if (out === cells) out = cells.slice();
      while (out.length <= c) out.push('');
      out[c] = above;
    }
    return out;
  };
  return (cells) => {
    const first = firstFilledCell(cells);
    if (first === '' || isSummaryText(first) || isNumbersOnly(cells)) return cells;
    if (members.some((c) => filled(cells, c))) {
      if (singleFilledCell(cells) !== null && !onTeam(cells)) return cells;
      lastMember.clear();
      for (const c of members) lastMember.set(c, cells[c] ?? '');
      if (filled(cells, training)) {
        // Its own course: the top of the next group. Its empty cells (a one-day class's end, no expiry) are that course's, not the one above's.
        lastRecord.clear();
        for (const c of columns) if (filled(cells, c)) lastRecord.set(c, cells[c]!);
        return cells;
      }
      return fillFrom(cells, cells, columns, lastRecord);
    }
    if (!filled(cells, training) || !(filled(cells, mapping.completedOn) || filled(cells, mapping.startedOn)) || lastMember.size === 0) return cells;
    return fillFrom(cells, fillFrom(cells, cells, members, lastMember), columns, lastRecord);
  };
}

/**
 * Whether a file reads as one with its training and date typed once over several people, or a
 * person typed once over several courses: a row that names a member and has another cell
 * filled (a badge number, the person's hours) but neither training nor date comes under one
 * that has both; or a row with its own training and date but no one named comes under a row
 * that names someone. A row with one cell filled is no sign: it may be a heading ("Quarter 2")
 * or a note, which the import skips and shows. Not when any row has a training and no date
 * (then an empty date means "not done", as in LMS reports), nor for a mapping without a
 * training and a date column, or with a status column.
 */
export function looksRepeatedAbove(rows: readonly { cells: string[] }[], mapping: ColumnMapping, headers: readonly string[] = []): boolean {
  const training = mapping.trainingTitle ?? mapping.trainingId;
  const date = mapping.completedOn;
  // A status column is an LMS's: a row there with no course and no date is someone not enrolled.
  if (training === null || date === null || mapping.status !== null) return false;
  const members = memberColumns(mapping);
  const mapped = mappedColumns(mapping);
  let filledAbove = false;
  let memberAbove = false;
  let repeats = 0;
  // Another table under the log (a pivot of its hours) says nothing of how the log was typed.
  const startsOtherTable = createOtherTableCheck(headers);
  for (const { cells } of rows) {
    if (startsOtherTable(cells)) break;
    if (isSummaryText(firstFilledCell(cells)) || isNumbersOnly(cells)) continue;
    const hasTraining = (cells[training] ?? '').trim() !== '';
    // A class log's one-day class has only its start date.
    const hasDate = (cells[date] ?? '').trim() !== '' || (mapping.startedOn !== null && (cells[mapping.startedOn] ?? '').trim() !== '');
    // Whoever's row it is, a course with no date is an LMS's "not completed" (a heading alone is no sign).
    if (hasTraining && !hasDate && filledCells(cells) >= 2) return false;
    if (!members.some((c) => (cells[c] ?? '').trim() !== '')) {
      // Someone's name merged down beside the courses they took: their other cells are merged too.
      // A row that fills a column the import does not read (a username, a start date) is someone's
      // own, with their ID left empty: it must not become the person's above.
      if (hasTraining && hasDate && memberAbove) {
        if (cells.some((c, i) => !mapped.has(i) && c.trim() !== '')) return false;
        repeats++;
      }
      continue;
    }
    memberAbove = true;
    if (hasTraining) filledAbove = true;
    else if (!hasDate && filledAbove && filledCells(cells) >= 2) repeats++;
  }
  return repeats > 0;
}

function filledCells(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== '') n++;
  return n;
}
