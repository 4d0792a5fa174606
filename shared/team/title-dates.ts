/*
 * A log typed by hand with each course's date in its cell, after its name ("CART 07/03/26",
 * "P2P (2/2/26)"): the cell is read as the course and its date, as if typed in two columns.
 */

// A numeric date at the end of a cell, after a name with a letter in it; the year of two or four digits.
const TRAILING_DATE = /^(.*?\p{L}.*?)[\s,;:@–—-]*\(?\s*(\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\s*\)?$/u;

/** "CART 07/03/26" → { title: "CART", date: "07/03/26" }; null when the cell does not end with a date. */
export function splitTitleDate(text: string): { title: string; date: string } | null {
  const found = TRAILING_DATE.exec(text.trim());
  return found ? { title: found[1]!.trim(), date: found[2]! } : null;
}

/**
 * Where a file's course cells carry dates: the course column, and the date column whose empty
 * cells take them, or null for a new column at the end (the file has none).
 */
export interface TitleDates {
  column: number;
  into: number | null;
}

// Most course cells that need a date carry one: a course named for its day now and then is not this.
const SHARE = 0.6;

/**
 * Whether the first rows under the header type the date in the course's cell: most of the
 * course cells on rows with no date of their own end with one, and none on a row with a date
 * does. Null otherwise.
 */
export function findTitleDates(rows: readonly (readonly string[])[], course: number | null, date: number | null): TitleDates | null {
  if (course === null) return null;
  let needing = 0;
  let carrying = 0;
  for (const cells of rows) {
    const title = (cells[course] ?? '').trim();
    if (title === '') continue;
    const carries = splitTitleDate(title) !== null;
    if (date !== null && (cells[date] ?? '').trim() !== '') {
      // A dated row's course named with a day too: the file's courses are named for their sessions,
      // and an undated row is someone who has not finished one, not a course typed with its date.
      if (carries) return null;
      continue;
    }
    // A line of one cell is a heading (a person's name over their courses), unless that cell is a course and its date.
    if (!carries && cells.filter((c) => c.trim() !== '').length === 1) continue;
    needing++;
    if (carries) carrying++;
  }
  return carrying > 0 && carrying >= needing * SHARE ? { column: course, into: date } : null;
}

/** The name of the column the course cells' dates are read into, when the file has no date column. */
export function titleDateHeader(courseHeader: string): string {
  return `Date (from “${courseHeader.slice(0, 80)}”)`;
}

/**
 * The row with its course cell's date moved out: into the date column when that is empty, or
 * into the new column at `width` (the header's width before it was added).
 */
export function moveTitleDate(cells: string[], found: TitleDates, width: number): string[] {
  const split = splitTitleDate(cells[found.column] ?? '');
  const out = cells.slice();
  if (found.into !== null) {
    if (split !== null && (out[found.into] ?? '').trim() === '') {
      out[found.column] = split.title;
      out[found.into] = split.date;
    }
    return out;
  }
  while (out.length < width) out.push('');
  if (split !== null) out[found.column] = split.title;
  out.splice(width, 0, split?.date ?? '');
  return out;
}
