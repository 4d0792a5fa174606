/*
 * A tracker that puts several courses on one person's row, in pairs of columns: "Course 1",
 * "Date 1", "Course 2", "Date 2"…, or the same headers again ("Training", "Date", "Training",
 * "Date"). The mapping names the first pair; each further pair is read as a row of its own,
 * its cells put where the first pair's are, so every other rule applies to it unchanged.
 */

// What a pair can hold: the record's fields, never who it is for.
// (Mapping fields of csv-mapping.ts, which reads this file: named here, not imported.)
const PAIR_FIELDS = ['trainingId', 'trainingTitle', 'provider', 'status', 'completedOn', 'startedOn', 'hours', 'certificateNumber', 'validForMonths', 'expiresOn', 'notes'] as const;
export type PairField = (typeof PAIR_FIELDS)[number];
/** The columns of a mapping (a ColumnMapping) this file reads: the record's fields, and every column it takes. */
type PairMapping = Readonly<Record<PairField, number | null>> & Readonly<Record<string, number | null>>;
/** A pair's column for each field it holds. */
export type CoursePair = Partial<Record<PairField, number>>;

// Words a pair's headers are made of, to tell a header of pairs from a row of repeated values ("Yes, No, Yes, No").
const COURSE_WORD = /\b(?:course|training|class|title|curso|cours|kurs|formation|schulung)\b/i;
const DATE_WORD = /\b(?:date|completed|completion|fecha|datum)\b/i;

interface HeaderKey {
  /** The header without its number, lower case. */
  base: string;
  number: number | null;
}

function headerKey(header: string): HeaderKey {
  const text = header.trim().toLowerCase().replace(/\s+/g, ' ');
  const numbered = /^(.*?\p{L}.*?)[\s_#.-]*(\d{1,2})$/u.exec(text);
  return numbered ? { base: numbered[1]!.replace(/[\s_#.:-]+$/, ''), number: Number(numbered[2]) } : { base: text, number: null };
}

/**
 * The pairs of a header, the mapping's own first, or [] when no field of the training and its
 * date comes again further along. Numbered headers pair by their numbers ("Date 2" goes with
 * "Course 2" wherever it is); unnumbered ones by their places (the same headers again, as far apart).
 */
export function coursePairs(headers: readonly string[], mapping: PairMapping): CoursePair[] {
  const course = mapping.trainingTitle ?? mapping.trainingId;
  if (course === null || mapping.completedOn === null || course >= headers.length) return [];
  const yearly = yearPairs(headers, mapping.completedOn);
  if (yearly !== null) return yearly;
  const keys = headers.map(headerKey);
  const anchor = keys[course]!;
  const fields = PAIR_FIELDS.filter((f) => mapping[f] !== null && mapping[f] < headers.length);
  const used = new Set(Object.values(mapping).filter((c): c is number => c !== null));
  const further: CoursePair[] = [];
  if (anchor.number !== null) {
    // Numbered: the first pair is the fields numbered as the mapping's course column is.
    const own = fields.filter((f) => keys[mapping[f]!]!.number === anchor.number);
    const numbers = [...new Set(keys.filter((k) => k.base === anchor.base && k.number !== null && k.number !== anchor.number).map((k) => k.number!))];
    for (const n of numbers) {
      const pair: CoursePair = {};
      for (const f of own) {
        const column = keys.findIndex((k, i) => k.base === keys[mapping[f]!]!.base && k.number === n && !used.has(i));
        if (column !== -1) pair[f] = column;
      }
      further.push(pair);
    }
    return withFirst(own, mapping, further);
  }
  // Unnumbered: the course's header again, and each of the first pair's headers as far from it.
  const own = fields.filter((f) => keys.some((k, i) => i !== mapping[f] && k.number === null && k.base === keys[mapping[f]!]!.base));
  keys.forEach((k, column) => {
    if (column === course || k.number !== null || k.base !== anchor.base) return;
    const pair: CoursePair = {};
    for (const f of own) {
      const at = column + (mapping[f]! - course);
      if (at >= 0 && at < keys.length && !used.has(at) && keys[at]!.number === null && keys[at]!.base === keys[mapping[f]!]!.base) pair[f] = at;
    }
    further.push(pair);
  });
  return withFirst(own, mapping, further);
}

const YEAR = /^(?:19|20)\d{2}$/;

/** Whether a header cell is a year alone ("2023"), as a sheet with a column per year heads its columns. */
export const isYearHeader = (cell: string): boolean => YEAR.test(cell.trim());

/** The years a header heads columns with ("2023", "2024"…): each its own column, in order. */
export function yearColumns(headers: readonly string[]): number[] {
  return headers.flatMap((h, i) => (isYearHeader(h) ? [i] : []));
}

/**
 * A column per year, each holding the day the row's course was done that year: every year's
 * date is a pair of its own with the row's one course, when the date column is one of them.
 */
function yearPairs(headers: readonly string[], completedOn: number): CoursePair[] | null {
  const years = yearColumns(headers);
  if (years.length < 2 || !years.includes(completedOn)) return null;
  return [{ completedOn }, ...years.filter((c) => c !== completedOn).map((c) => ({ completedOn: c }))];
}

/** The first pair and the further ones that hold a course and its date, or [] when none does. */
function withFirst(own: readonly PairField[], mapping: PairMapping, further: CoursePair[]): CoursePair[] {
  const whole = (pair: CoursePair): boolean => (pair.trainingTitle !== undefined || pair.trainingId !== undefined) && pair.completedOn !== undefined;
  const first: CoursePair = {};
  for (const f of own) first[f] = mapping[f]!;
  const rest = further.filter(whole);
  return whole(first) && rest.length > 0 ? [first, ...rest] : [];
}

/**
 * Each header without its number when it carries the first number of the header's numbered
 * series ("Course 1" and "Hours 1" of "Course 1", "Course 2"…), else ''.
 */
export function firstOfNumberedSeries(headers: readonly string[]): string[] {
  const keys = headers.map(headerKey);
  let first = Number.POSITIVE_INFINITY;
  for (const k of keys) {
    if (k.number === null || k.number >= first) continue;
    if (keys.some((o) => o !== k && o.base === k.base && o.number !== null)) first = k.number;
  }
  return keys.map((k) => (k.number === first ? k.base : ''));
}

/** Whether a header's repeated cells are pairs of a course and its date ("Training, Date, Training, Date"), which a header may repeat. */
export function repeatsInPairs(filled: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const cell of filled) {
    const { base } = headerKey(cell);
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, n]) => n > 1).map(([base]) => base);
  return repeated.some((b) => COURSE_WORD.test(b)) && repeated.some((b) => DATE_WORD.test(b) && !COURSE_WORD.test(b));
}

/** One row of a pair: the row's cells with the pair's in the first pair's places, and the pair's columns (null for the first). */
export interface PairRow {
  cells: string[];
  pair: CoursePair | null;
}

/**
 * The rows a row of pairs stands for: one per pair with a filled cell. A row with none stands
 * for nothing when it is a person's with no course yet, else for itself (a Total line, a note),
 * which the usual rules then read.
 */
export function createPairSplit(pairs: readonly CoursePair[], isPersonWithout: (cells: readonly string[]) => boolean): (cells: string[]) => PairRow[] {
  const [first, ...rest] = pairs;
  if (first === undefined) return (cells) => [{ cells, pair: null }];
  const fields = Object.keys(first) as PairField[];
  const filled = (cells: readonly string[], pair: CoursePair): boolean => fields.some((f) => pair[f] !== undefined && (cells[pair[f]!] ?? '').trim() !== '');
  return (cells) => {
    const out: PairRow[] = [];
    if (filled(cells, first)) out.push({ cells, pair: null });
    for (const pair of rest) {
      if (!filled(cells, pair)) continue;
      const moved = cells.slice();
      for (const f of fields) moved[first[f]!] = pair[f] === undefined ? '' : (cells[pair[f]!] ?? '');
      out.push({ cells: moved, pair });
    }
    if (out.length === 0 && !isPersonWithout(cells)) out.push({ cells, pair: null });
    return out;
  };
}

/** The problem a header of pairs gives with the choice not ticked, or the choice ticked without pairs; null when none. */
export function coursePairsProblem(headers: readonly string[], mapping: PairMapping, ticked: boolean): string | null {
  const pairs = coursePairs(headers, mapping);
  if (ticked && pairs.length === 0) {
    return '“Each row has several courses, in pairs of columns” is ticked, but the columns chosen for the training and its completion date do not come again further along the header. Choose the first pair’s columns, or untick it.';
  }
  if (!ticked && pairs.length > 0) {
    return `This sheet puts ${pairs.length} courses on each person’s row, in pairs of columns (${pairNames(headers, pairs.slice(0, 2))}…). Tick “Each row has several courses, in pairs of columns” to read every pair as a record of its own.`;
  }
  return null;
}

/** “Course 1” (column 2) with “Date 1” (column 3), …: each pair's course and date columns, for the screen. */
export function pairNames(headers: readonly string[], pairs: readonly CoursePair[]): string {
  const name = (c: number): string => `“${(headers[c] ?? '').trim().slice(0, 60)}” (column ${c + 1})`;
  // A year's column holds only its date; the row's course is shared.
  return pairs.map((p) => (p.trainingTitle === undefined && p.trainingId === undefined ? name(p.completedOn!) : `${name(p.trainingTitle ?? p.trainingId!)} with ${name(p.completedOn!)}`)).join(', ');
}
