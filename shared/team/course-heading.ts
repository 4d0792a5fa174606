import { datesInWords } from './day-from-file';
import { cleanImportCell } from './import-cells';
import { isSummaryText, singleFilledCell } from './row-rules';

/*
 * A line that names one course, and the session's day when it gives one: a report's course group
 * heading ("Course: Courtroom Testimony – 2/12/2026"), or a column's header ("6 Apr 2026 8.00AM All students").
 */

// What report tools print before a course group's value: "Course: Courtroom Testimony".
export const COURSE_LABEL = /^(?:course|course title|course name|training|training title|class|class title|session)\s*[:\-–—]\s*/i;
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
