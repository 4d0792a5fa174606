import { guessMapping } from './csv-mapping';
import { isDateText } from './date-cells';

/*
 * Crystal Reports' CSV export, as it is by default, has no header line: each row carries the
 * report's title, the page header's column labels, the group's fields and then the detail's
 * values ("Academy", "Roster", "PID", "Last Name", …, "2064", "Peer-to-Peer Investigations",
 * "11/3/2025", "11/6/2025", "54120", "HALE", …). Its first row is a record like the others.
 */

/** Rows looked at, from the header found on. */
const SAMPLE = 20;

/**
 * The columns' names when the row at `index` and those under it repeat the same labels: the
 * labels name the last columns that vary, in order (the detail's fields, as the page header
 * lays them out over them); of the other columns that vary (the group's fields), one of dates
 * is "Date" (two: "Start Date" and "End Date") and the first of words is "Course". Null when
 * the rows hold no such labels: three or more cells the same on every row that name a field.
 */
export function repeatedLabelHeaders(rows: readonly (readonly string[])[], index: number): string[] | null {
  const sample = rows.slice(index, index + SAMPLE).filter((r) => r.some((c) => c.trim() !== ''));
  if (sample.length < 2) return null;
  const width = Math.max(...sample.map((r) => r.length));
  const cell = (r: readonly string[], i: number): string => (r[i] ?? '').trim();
  const constant = Array.from({ length: width }, (_, i) => cell(sample[0]!, i) !== '' && sample.every((r) => cell(r, i) === cell(sample[0]!, i)));
  // The page header's labels: the run of cells the same on every row from the first that names a field
  // (the report's title before it), each a column's label whether the import knows its name or not ("MI").
  const start = constant.findIndex((same, i) => same && namesField(cell(sample[0]!, i)));
  if (start === -1) return null;
  const labels: string[] = [];
  for (let i = start; i < width && constant[i]; i++) labels.push(cell(sample[0]!, i));
  const varying = Array.from({ length: width }, (_, i) => i).filter((i) => !constant[i]);
  if (labels.filter(namesField).length < 3 || varying.length < labels.length) return null;
  const names = Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  const detail = varying.slice(varying.length - labels.length);
  detail.forEach((column, k) => (names[column] = labels[k]!));
  // The group's fields, before the detail's: its dates and its course.
  const group = varying.slice(0, varying.length - labels.length);
  const dates = group.filter((i) => sample.every((r) => cell(r, i) === '' || isDateText(cell(r, i))) && sample.some((r) => cell(r, i) !== ''));
  if (dates.length === 1) names[dates[0]!] = 'Date';
  if (dates.length === 2) [names[dates[0]!], names[dates[1]!]] = ['Start Date', 'End Date'];
  const course = group.find((i) => !dates.includes(i) && sample.every((r) => /\p{L}.*\s+\p{L}/u.test(cell(r, i))));
  if (course !== undefined) names[course] = 'Course';
  return names;
}

/** Whether a cell, as a header, names a field of the import. */
function namesField(text: string): boolean {
  return Object.values(guessMapping([text])).some((column) => column !== null);
}
