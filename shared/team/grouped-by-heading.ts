import type { CsvRow } from './csv-parse';
import { COURSE_LABEL, courseInHeading } from './course-heading';
import { cleanImportCell } from './import-cells';
import type { createMemberMatcher } from './matching';
import { isHeadingText, isSummaryText, singleFilledCell } from './row-rules';

/*
 * Reports grouped by person or by course (a report tool's "group by employee" or "by course",
 * a log kept one block per officer or per class): the person's name, or the course's, is a
 * heading line over its rows, and the rows do not repeat it.
 */

// What report tools print before the group's value: "Employee: Dana Reyes", "Name - Sam Lee".
const GROUP_LABEL = /^(?:employee|employee name|name|officer|member|learner|student|participant|user|investigator|personnel|staff)\s*[:\-–—]\s*/i;

/**
 * The name a heading line gives, when the line is one: its only filled cell, without a group
 * label; null for a line that is no person's (a digit or a colon left: "Total: 20", "Quarter 1",
 * "Day 2:"; a Total or Count line).
 */
export function personInHeading(cells: readonly string[]): string | null {
  const heading = singleFilledCell(cells) ?? labelAndName(cells);
  if (heading === null) return null;
  const name = cleanImportCell(heading.replace(GROUP_LABEL, '').replace(ID_AFTER_NAME, ''));
  if (name === '' || isHeadingText(name) || isSummaryText(name)) return null;
  return name;
}

// The officer's number after the name in a group's heading: "REYES, DANA M   PID: 54120", "Sam Lee (Badge #1234)".
const ID_AFTER_NAME = /\s+\(?(?:pid|id|badge|badge no\.?|dpsst|post id|employee id|emp(?:loyee)? #|cert(?:ificate)? #)\s*#?\s*:?\s*[\w-]+\)?\s*$/i;
const LABEL_ALONE = /:\s*$/;

/**
 * A report writer's group heading with its label and value in cells of their own: "Officer:" ·
 * "REYES, DANA M", maybe then "PID:" and its number, or "PID:" left empty. The name, labelled as
 * one of GROUP_LABEL's; null otherwise.
 */
function labelAndName(cells: readonly string[]): string | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 2 || filled.length > 4) return null;
  if (!LABEL_ALONE.test(filled[0]!) || !GROUP_LABEL.test(filled[0]!)) return null;
  // After the name, only another label and its value, or a label left empty ("PID:" with no number).
  if (filled.length > 2 && !LABEL_ALONE.test(filled[2]!)) return null;
  return filled[1]!;
}

/**
 * Whether a file without a member column reads as grouped by person: a heading line above its
 * first record names someone on the team, or carries a group label ("Employee: …").
 */
export function looksGroupedByPerson(rows: readonly CsvRow[], isOnTeam: ReturnType<typeof createMemberMatcher>['isOnTeam']): boolean {
  for (const row of rows.slice(0, 200)) {
    const name = personInHeading(row.cells);
    if (name === null) continue;
    const single = singleFilledCell(row.cells);
    const labelled = single !== null ? GROUP_LABEL.test(single) : labelAndName(row.cells) !== null;
    if (labelled || isOnTeam({ email: '', externalId: '', name })) return true;
  }
  return false;
}

/**
 * Whether a file without a training column reads as grouped by course: a heading line names a
 * catalogue training, or carries a course label ("Course: …").
 */
export function looksGroupedByCourse(rows: readonly CsvRow[], isCatalogueTitle: (title: string) => boolean): boolean {
  for (const row of rows.slice(0, 200)) {
    const course = courseInHeading(row.cells);
    if (course === null) continue;
    if (COURSE_LABEL.test(singleFilledCell(row.cells) ?? '') || isCatalogueTitle(course.title)) return true;
  }
  return false;
}
