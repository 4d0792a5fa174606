import type { ColumnMapping } from './csv-mapping';
import type { ImportOptions } from './import-options';
import { detectDateOrder, numericDateParts, type DateOrder, type OrderEvidence } from './date-cells';
import { CellTupleMemo, cleanImportCell, memberColumns, memberNames, memoByCell, namesSomeone, rosterOfOneSession } from './import-cells';
import { createOtherTableCheck, firstFilledCell, isCountCell, isLegendLine, isNotesHeading, isNumbersOnly, isSignOffLine, isSummaryText, singleFilledCell } from './row-rules';
import { courseInHeading } from './course-heading';
import { columnSessionDay } from './training-columns';
import { isNotTakenHeading } from './not-taken-yet';

/** Distinct values of the status column kept for the "means completed" choice. */
const MAX_STATUS_VALUES = 50;

/** What the whole file says before any row is checked: read in a first pass over the rows. */
export interface Survey {
  dateOrder: OrderEvidence;
  statusValues: string[];
  /** Index of the first of the summary rows that end the file (undated Total, Count, Sum lines, lines naming no member, one-cell notes), or the row count. */
  summaryStart: number;
  /** Index of the row that starts another table under the records (row-rules.ts), or Infinity: it and the rows after it are not read. */
  otherTableStart: number;
  rowCount: number;
}

// A count under a date column keeps the column's date format: Excel shows 9 as 1/9/1900 (or 1900-01-09).
const COUNT_AS_DATE = /(?:^|\D)1900(?:\D|$)/;

/**
 * The first pass: date order evidence from every distinct date, the distinct status
 * values, and where the trailing summary rows start, found going forward so the rows
 * need not be kept. Rows are only summaries after at least one real record, so a
 * wrong member column shows as errors rather than as an empty import.
 */
export function createSurvey(
  mapping: ColumnMapping,
  memoLimit: number,
  options: Pick<ImportOptions, 'trainingColumns' | 'personColumns' | 'training' | 'completedOnForAll' | 'memberForAll' | 'memberHeadings' | 'trainingHeadings'>,
  /** The header, known once the first row comes. */
  headers: () => readonly string[],
) {
  const { trainingColumns, personColumns } = options;
  // A roster whose training and day are chosen for all rows: a row with only a name is a record, even the last.
  const nameOnlyRecords = rosterOfOneSession(options);
  // A training matrix's course columns (or, turned the other way, its people's) hold its completion dates, and its expiry columns more dates.
  const matrix = trainingColumns.length > 0 || personColumns.length > 0;
  const recordDates = matrix ? [...trainingColumns, ...personColumns].map((c) => c.column) : [mapping.completedOn, mapping.startedOn].filter((c) => c !== null);
  // A row's own completion date, or a one-day class's start: where a blank status counts (row-checker.ts reads the same two).
  const rowDates = [mapping.completedOn, mapping.startedOn].filter((c) => c !== null);
  const expiryDates = [...(mapping.expiresOn === null ? [] : [mapping.expiresOn]), ...trainingColumns.flatMap((c) => (c.expiresColumn === null ? [] : [c.expiresColumn]))];
  const dateColumns = [...recordDates, ...expiryDates];
  // Only the first row of each distinct value can tell anything new.
  const seenDates = new Set<string>();
  const dateSamples: { text: string; rowNumber: number }[] = [];
  const seenValues = new Set<string>();
  const statusValues: string[] = [];
  let runStart = -1;
  let rowCount = 0;
  // What the dates seen so far say about the order (detectDateOrder's evidence, kept as rows come).
  let numericSeen = false;
  let dmySeen = false;
  let mdySeen = false;
  const statusText = memoByCell((raw) => cleanImportCell(raw), memoLimit);
  // Whether the row names no member at all, per distinct combination of its member cells.
  const noMember = new CellTupleMemo<boolean>(memberColumns(mapping), memoLimit);
  // One person's sheet, one grouped by person, or one with a column per person names no one in its rows: an empty member cell says nothing there.
  const memberForAll = Boolean(options.memberForAll) || options.memberHeadings || personColumns.length > 0;
  const memberEmpty = (cells: readonly string[]): boolean => {
    if (memberForAll) return false;
    let empty = noMember.get(cells);
    if (empty === undefined) {
      const m = memberNames(cells, mapping);
      empty = m.name + m.email + m.externalId === '';
      noMember.set(cells, empty);
    }
    return empty;
  };
  const summaryText = memoByCell(isSummaryText, memoLimit);
  const notTakenHeading = memoByCell(isNotTakenHeading, memoLimit);
  const sampleDate = (text: string, rowNumber: number): void => {
    if (seenDates.has(text)) return;
    seenDates.add(text);
    dateSamples.push({ text, rowNumber });
    const p = numericDateParts(text);
    if (p && !p.dots) {
      numericSeen = true;
      if (p.first > 12 && p.second <= 12 && !p.yearFirst) dmySeen = true;
      else if (p.second > 12 && p.first <= 12) mdySeen = true;
    }
  };
  // Grouped by course, a heading's session day is one of the file's dates too.
  const headingDays = options.trainingHeadings;
  // Another table under the records (row-rules.ts): nothing from it on says anything about them.
  let startsOtherTable: ((cells: readonly string[]) => boolean) | null = null;
  let otherTableStart = Number.POSITIVE_INFINITY;
  return {
    visit(rowNumber: number, cells: readonly string[]): void {
      const index = rowCount++;
      if (index >= otherTableStart) return;
      // A sign-off matrix's session days in its course headers are the file's dates too (its cells are ticks).
      if (index === 0) {
        for (const { column } of trainingColumns) {
          const day = columnSessionDay(headers()[column] ?? '');
          if (day !== null) sampleDate(day, rowNumber - 1);
        }
      }
      startsOtherTable ??= createOtherTableCheck(headers());
      // Or a heading over the classes people are registered for ("Upcoming", "Wait list"): those are no completions.
      const single = singleFilledCell(cells);
      // Or a heading over notes kept under the log ("NOTES"): its lines name people and days, but are no records.
      if (startsOtherTable(cells) || (single !== null && (notTakenHeading(single) || isNotesHeading(single)))) {
        otherTableStart = index;
        return;
      }
      for (let d = 0; d < dateColumns.length; d++) sampleDate(cells[dateColumns[d]!] ?? '', rowNumber);
      if (headingDays) {
        const day = courseInHeading(cells)?.day;
        if (day) sampleDate(day, rowNumber);
      }
      if (mapping.status !== null) {
        const v = statusText(cells[mapping.status] ?? '');
        // A blank status is a value to choose only on a row with a completion date (a log's older rows, before the column).
        const listed = v !== '' || rowDates.some((c) => (cells[c] ?? '').trim() !== '');
        if (listed && !seenValues.has(v) && seenValues.size < MAX_STATUS_VALUES) {
          seenValues.add(v);
          statusValues.push(v);
        }
      }
      // A one-cell line at the end ("Prepared by: Records Unit", "2 records") is a note, not a record.
      // A Total line has no completion date: a dated row is a record even for a member named "Sum".
      // A matrix's Total line counts each course ("12"): a bare number there is no date. Nor is a
      // day of 1900 ("1/9/1900"): an Excel table's count of the dates, shown in their date format.
      let undated = true;
      for (let d = 0; d < recordDates.length && undated; d++) {
        const text = (cells[recordDates[d]!] ?? '').trim();
        undated = text === '' || (matrix && isCountCell(text)) || (text.includes('1900') && COUNT_AS_DATE.test(text));
      }
      const summary =
        memberEmpty(cells) ||
        (undated && (summaryText(firstFilledCell(cells)) || isNumbersOnly(cells))) ||
        isSignOffLine(cells) ||
        isLegendLine(cells) ||
        (single !== null && !(nameOnlyRecords && namesSomeone(cells, mapping)));
      if (!summary) runStart = -1;
      else if (runStart === -1) runStart = index;
    },
    /**
     * The date order every row read so far can be checked with, and that no later row can
     * change: day or month first once a date says so; null while no date depends on the order
     * (ISO, dotted, long and serial dates read the same either way); 'wait' when a date
     * depends on it and none tells it yet; 'conflict' when dates say both.
     */
    orderSoFar(): DateOrder | null | 'wait' | 'conflict' {
      if (dmySeen && mdySeen) return 'conflict';
      if (dmySeen) return 'dmy';
      if (mdySeen) return 'mdy';
      return numericSeen ? 'wait' : null;
    },
    /** Where another table starts, as far as the rows visited tell (the row check reads it as rows come). */
    get otherTableStart() {
      return otherTableStart;
    },
    /** Index of the first row of the run of summary-looking rows the file ends with so far, or -1. */
    get runStart() {
      return runStart;
    },
    result(): Survey {
      return {
        dateOrder: dateColumns.length === 0 && !headingDays ? { kind: 'none' } : detectDateOrder(dateSamples),
        statusValues,
        // The first row is never a summary: a wrong member column shows as errors, not as an empty import.
        summaryStart: runStart === -1 ? rowCount : Math.max(runStart, 1),
        otherTableStart,
        rowCount,
      };
    },
  };
}
