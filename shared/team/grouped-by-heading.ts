import type { CsvRow } from './csv-parse';
import { datesInWords } from './day-from-file';
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

// What report tools print before a course group's value: "Course: Courtroom Testimony".
const COURSE_LABEL = /^(?:course|course title|course name|training|training title|class|class title|session)\s*[:\-–—]\s*/i;
// Group headings that are no course: a period, a page, a place in the sheet.
const NOT_A_COURSE = /^(?:quarter|q[1-4]|day|week|month|page|year|fy|region|section|part|group|unit|team|shift|district|division|total|subtotal)\b|:$|^[\d\s/.,-]+$/i;

/** A course heading: the course's name, and the day of the session when the heading gives one ("Courtroom Testimony – 2/12/2026"). */
export interface CourseHeading {
  title: string;
  /** The date as written; read with the file's date order by the row check. */
  day: string | null;
}

const DAY_LABEL = /^(?:session|class|date|day|held)\s*[:\-–—]\s*/i;
// What is left around a course's name once its day is taken out: "CART Training (", "– ", ", ".
const AROUND = /^[\s–—\-|,:;([]+|[\s–—\-|,:;([]+$/g;

/**
 * The course a heading line gives, when the line is one: its only filled cell, without a
 * course label and without the session's day; null for a line that is no course's ("Quarter
 * 1", "Day 2:", a Total line, a bare number or date). A course's name may hold digits ("ICAC 101").
 */
export function courseInHeading(cells: readonly string[]): CourseHeading | null {
  const heading = singleFilledCell(cells);
  if (heading === null) return null;
  const text = cleanImportCell(heading.replace(COURSE_LABEL, ''));
  if (text === '' || NOT_A_COURSE.test(text) || isSummaryText(text)) return null;
  const dates = datesInWords(text.split(/\s+/));
  const day = dates.days[0]?.written ?? dates.ambiguous[0] ?? null;
  if (day === null || dates.days.length + dates.ambiguous.length > 1) return { title: text, day: null };
  // "Session 2026-03-04: Courtroom Testimony": what named the day goes with it.
  const title = text.replace(day, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+/g, ' ').replace(AROUND, '').replace(DAY_LABEL, '').replace(AROUND, '').trim();
  return title === '' ? null : { title, day };
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
