/*
 * Training matrices kept in Excel often head each course with a merged cell over its columns
 * ("CART" over "Completed" and "Expires"). Saved as CSV, or read from the workbook, the course
 * name stands in a row of its own above the header, in the first column of its span, and the
 * header repeats the same few names under every course.
 */

const repeatsOf = (names: readonly string[]): number => {
  const filled = names.filter((n) => n !== '');
  return filled.length - new Set(filled.map((n) => n.toLowerCase())).size;
};

/** More repeated names than a header may have (findHeaderRow: one repeat per four cells). */
export function tooManyRepeats(names: readonly string[]): boolean {
  return repeatsOf(names) > Math.floor(names.filter((n) => n !== '').length / 4);
}

/**
 * The header with each repeated name prefixed by the group over it ("CART Completed", "CART
 * Expires"), when the row above is such a group row: two filled cells or more, each over a
 * name the header repeats, and the prefixed names repeat less. Null otherwise. A name the
 * header has once ("Name", "Notes") belongs to no group, so a title line over the first
 * column is never taken for one.
 */
export function groupedHeader(above: readonly string[] | undefined, header: readonly string[]): string[] | null {
  if (above === undefined) return null;
  const names = header.map((h) => h.trim());
  const count = new Map<string, number>();
  for (const n of names) if (n !== '') count.set(n.toLowerCase(), (count.get(n.toLowerCase()) ?? 0) + 1);
  const repeated = (name: string): boolean => (count.get(name.toLowerCase()) ?? 0) > 1;
  const groups = above.map((c) => c.trim());
  // A column's own name merged down over both rows (Excel's "Name" beside the course names): in the
  // top row only when saved as CSV, in both when read from the workbook (fillMergedDown).
  const ownName = (i: number): boolean => {
    const group = groups[i] ?? '';
    const name = names[i] ?? '';
    return group !== '' && (name === '' || group.toLowerCase() === name.toLowerCase());
  };
  let groupCells = 0;
  for (let i = 0; i < groups.length; i++) {
    if (groups[i] === '' || ownName(i)) continue;
    if (!repeated(names[i] ?? '')) return null;
    groupCells++;
  }
  if (groupCells < 2) return null;
  let group = '';
  const combined = names.map((name, i) => {
    if (ownName(i)) {
      group = '';
      return groups[i]!;
    }
    if (groups[i]) group = groups[i]!;
    return group !== '' && repeated(name) ? `${group} ${name}` : name;
  });
  return repeatsOf(combined) < repeatsOf(names) ? combined : null;
}

/**
 * True when `above` is the top row of a header merged over two rows: course names, each over
 * the repeated names of its columns below ("CART" over "Completed", "Expires"), at least one
 * spanning more than one column. Then `below` is the header and `above` its groups, though
 * `above` alone would pass for a header too.
 */
export function isGroupRowOver(above: readonly string[], below: readonly string[] | undefined): boolean {
  if (below === undefined || groupedHeader(above, below) === null) return false;
  const names = below.map((b) => b.trim().toLowerCase());
  const repeatedAt = (k: number) => names[k] !== '' && names.filter((n) => n === names[k]).length > 1;
  return above.some((c, k) => c.trim() === '' && repeatedAt(k));
}

/**
 * True when `above` is a row of labels over groups of the header's columns ("Employee" over
 * Name and Badge, "Training" over Course, Date and Hours: merged cells saved as CSV), which
 * passes for a header on its own. It has a gap between its labels where a merge spans, `below`
 * is filled in every column it is and in more, and `below`'s names say more of what an import
 * reads (`fieldsNamed`) than the labels do: a first record under a header with an empty
 * column names no field.
 */
export function isLabelRowOver(above: readonly string[], below: readonly string[] | undefined, fieldsNamed: (names: readonly string[]) => number): boolean {
  if (below === undefined) return false;
  const filled = (row: readonly string[], k: number) => (row[k] ?? '').trim() !== '';
  const last = above.reduce((end, _c, k) => (filled(above, k) ? k : end), -1);
  const first = above.findIndex((_c, k) => filled(above, k));
  let gap = false;
  for (let k = first; k < last; k++) if (!filled(above, k)) gap = true;
  if (!gap) return false;
  for (let k = 0; k < above.length; k++) if (filled(above, k) && !filled(below, k)) return false;
  const count = (row: readonly string[]) => row.filter((_c, k) => filled(row, k)).length;
  if (count(below) <= count(above)) return false;
  return fieldsNamed(below) > fieldsNamed(above);
}

// A header's bare word that says only "a date" or "when due": which date the label over it says.
const BARE = new Set(['date', 'dates', 'dt', 'due', 'on']);

/**
 * The header with each bare "Date" or "Due" named by the label over its group ("Recertification"
 * over "Due", "Completed" over "Date"): the row above is a row of labels over groups of the
 * header's columns (isLabelRowOver), each label spanning its columns up to the next. Other names
 * are kept as they are. Null when nothing changes.
 */
export function labelledHeader(above: readonly string[], header: readonly string[]): string[] | null {
  let label = '';
  let changed = false;
  const named = header.map((name, i) => {
    const over = (above[i] ?? '').trim();
    if (over !== '') label = over;
    if (label === '' || !BARE.has(name.trim().toLowerCase())) return name;
    changed = true;
    return `${label} ${name.trim()}`;
  });
  return changed ? named : null;
}

/**
 * The header with each course's session day after its name ("Peer-to-Peer Investigations
 * 2026-01-21"), when the row above holds a day over two course columns or more: a sign-off
 * matrix's "Class date" row, whose cells under it are ticks. Null otherwise. The row's other
 * filled cell may only be its label, before the days; a day over an empty header is no such row.
 */
export function dayedHeader(above: readonly string[] | undefined, header: readonly string[], isDay: (text: string) => boolean): string[] | null {
  if (above === undefined) return null;
  let days = 0;
  let labels = 0;
  for (let i = 0; i < above.length; i++) {
    const text = above[i]!.trim();
    if (text === '') continue;
    if (isDay(text)) {
      if ((header[i] ?? '').trim() === '') return null;
      days++;
    } else if (days > 0 || ++labels > 1) return null;
  }
  if (days < 2) return null;
  return header.map((h, i) => {
    const day = (above[i] ?? '').trim();
    return day !== '' && isDay(day) ? `${h.trim()} ${day}` : h;
  });
}

// The label of a row of class days typed under a matrix's header ("Class date", "Session dates", "Date of class").
const DAY_ROW_LABEL = /^(?:(?:class|course|session|training|event)\s+)?dates?:?$|^date\s+of\s+(?:class|course|session|training)$/i;

/**
 * The header with each course's session day after its name, when the row under it is a row of
 * class days: its first cell a label that says so ("Class date"), and a day under two course
 * columns or more. A cell there that is no day ("Feb 2026", "TBD") leaves its course without one,
 * so a tick under it asks for the date. Null otherwise: without such a label a row of dates is a
 * person's.
 */
export function dayRowUnder(header: readonly string[], under: readonly string[] | undefined, isDay: (text: string) => boolean): string[] | null {
  if (under === undefined || !DAY_ROW_LABEL.test((under[0] ?? '').trim())) return null;
  let days = 0;
  for (let i = 1; i < under.length; i++) {
    const text = under[i]!.trim();
    if (text === '' || !isDay(text)) continue;
    if ((header[i] ?? '').trim() === '') return null;
    days++;
  }
  if (days < 2) return null;
  return header.map((h, i) => {
    const day = i === 0 ? '' : (under[i] ?? '').trim();
    return day !== '' && isDay(day) ? `${h.trim()} ${day}` : h;
  });
}

/**
 * A header typed over two rows, as Excel's merged cells leave it saved as CSV: a column's own
 * name in the upper row alone (merged down, so the row under it is empty there), and a group's
 * name over its columns (merged across) with each column's name under it ("Completed" over
 * "Date" and "Hours"). The names, each group's with its own after it ("Completed Date",
 * "Certificate Expires"), or null when the lower row is no such half: it must name each column
 * of every group of two columns or more, nothing under a name of its own, and hold no digit.
 */
export function splitHeader(upper: readonly string[], lower: readonly string[]): string[] | null {
  const width = Math.max(upper.length, lower.length);
  const top = Array.from({ length: width }, (_, i) => (upper[i] ?? '').trim());
  const under = Array.from({ length: width }, (_, i) => (lower[i] ?? '').trim());
  if (under.filter((l) => l !== '').length < 2 || under.some((l) => /\d/.test(l))) return null;
  // A header's row: two names or more, one of them a column's own (merged down, nothing under it).
  if (top.filter((t) => t !== '').length < 2 || !top.some((t, i) => t !== '' && under[i] === '')) return null;
  // Each filled cell of the lower row is in a group of two columns or more, or it is no such half.
  const names: string[] = [];
  for (let start = 0; start < width; ) {
    let end = start + 1;
    while (end < width && top[end] === '' && under[end] !== '') end++;
    const group = top[start]!;
    if (end - start === 1) {
      // A name of its own, merged down (nothing under it); or nothing over and under it at all.
      if (under[start] !== '') return null;
      names.push(group);
    } else {
      if (group === '' || under.slice(start, end).some((l) => l === '')) return null;
      for (let i = start; i < end; i++) names.push(`${group} ${under[i]}`);
    }
    start = end;
  }
  return names;
}
