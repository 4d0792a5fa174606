import type { ColumnMapping } from './csv-mapping';
import { readCsv, type CsvLayout } from './csv-parse';
import type { DateOrder } from './date-cells';
import type { ImportOptions } from './import-options';
import { CELL_MEMO_LIMIT } from './import-cells';
import type { ImportContext, ImportPlan } from './import-plan';
import { createSurvey, type Survey } from './import-survey';
import { createRepeatAbove } from './repeat-above';
import { createRowChecker, type RowChecker } from './row-checker';
import type { CoursePair } from './course-pairs';
import { rowSplitFor } from './pair-rows';

/** Rows held back while the date order is not known yet and no row has been checked; past this, the file is read twice instead. */
const HOLD_LIMIT = 5_000;

/**
 * planImport straight from the text, as the main process commits a file, in one read of
 * it: each row is checked as it is read, and the rows are not kept, so only the records and
 * the row errors stay in memory. Same answer as planImport(parseCsvTable(text), …).
 *
 * What the whole file says is gathered while the rows are checked, and a row is held back
 * only while it cannot be decided yet:
 * - its dates depend on the day/month order and no date so far has told it (held until one
 *   does; the order a date tells cannot change later, only turn into a conflict, and a
 *   conflict or an order never told stops the whole import);
 * - it looks like a summary line (Total, no member): held until a record row follows it,
 *   since only the run of them that ends the file is skipped.
 * When the file ends blocked (conflicting or undecidable dates), or more than HOLD_LIMIT rows
 * were held before any could be checked, the plan is made as before: one read for what the
 * whole file says, a second to check the rows. Proven equal to the kept-table path by
 * tests/unit/team/csv-stream.test.ts.
 */
export function planImportFromText(
  text: string,
  mapping: ColumnMapping,
  ctx: ImportContext,
  options: ImportOptions,
  holdLimit = HOLD_LIMIT,
  /** How many distinct values each memo keeps (tests: 0 checks every row from scratch). */
  memoLimit = CELL_MEMO_LIMIT,
): ImportPlan {
  const survey = createSurvey(mapping, memoLimit, options, () => header!.headers);
  const provisional = (order: DateOrder | null): Survey => ({
    dateOrder: order === null ? { kind: 'none' } : { kind: 'found', order, example: '', rowNumber: 0 },
    statusValues: survey.result().statusValues,
    summaryStart: Number.POSITIVE_INFINITY,
    // Each row is visited before it is checked, so the survey already knows whether it starts another table.
    get otherTableStart() {
      return survey.otherTableStart;
    },
    rowCount: 1,
  });
  let header: Omit<CsvLayout, 'rowCount'> | null = null;
  let checker: RowChecker | null = null;
  /** Checking as rows come is off: the file is read a second time at the end. */
  let gaveUp = false;
  const held: { index: number; rowNumber: number; cells: string[]; pair: CoursePair | null }[] = [];
  let heldFrom = 0;
  let index = 0;

  const giveUp = (): void => {
    gaveUp = true;
    held.length = heldFrom = 0;
  };
  /** The order rows can be checked in now: a fixed choice, or what the dates so far say. */
  const orderNow = (): DateOrder | null | 'wait' | 'conflict' => options.dateOrder ?? survey.orderSoFar();
  /** Checks the held rows that can be decided: all before the summary-looking run the file ends with so far. */
  const release = (c: RowChecker, limit: number): void => {
    while (heldFrom < held.length && held[heldFrom]!.index < limit) {
      const row = held[heldFrom]!;
      held[heldFrom++] = undefined as never;
      c.check(row.index, row.rowNumber, row.cells, row.pair);
    }
    if (heldFrom === held.length) held.length = heldFrom = 0;
  };

  // Rows are read twice when the first read gives up: each read fills from the rows above anew.
  const filled = (): ((cells: string[]) => string[]) => (options.repeatAbove ? createRepeatAbove(mapping, ctx.members) : (cells) => cells);
  const fill = filled();
  // Each row as the rows its pairs stand for, once the header is known (pair-rows.ts).
  let split: ReturnType<typeof rowSplitFor> | undefined;
  const splitFor = (): ReturnType<typeof rowSplitFor> => (split === undefined ? (split = rowSplitFor(header!.headers, mapping, options, ctx.members)) : split);
  const layout = readCsv(
    text,
    (rowNumber, read) => {
      const cells = fill(read);
      const parts = splitFor();
      if (parts === null) return take(rowNumber, cells, null);
      for (const part of parts(cells)) take(rowNumber, part.cells, part.pair);
    },
    (known) => {
      header = known;
    },
    options.headerRow,
  );

  /** One row, as read or as one of its pairs: checked now, or held until it can be. */
  function take(rowNumber: number, cells: string[], pair: CoursePair | null): void {
    const i = index++;
    survey.visit(rowNumber, cells);
    if (gaveUp) return;
    const order = orderNow();
    if (order === 'conflict') return giveUp();
    if (order !== 'wait') {
      if (checker === null) {
        checker = createRowChecker(header!, provisional(order), mapping, ctx, options, memoLimit);
        if (checker.blocked) return giveUp();
      } else if (checker.dateOrder !== order) checker.useDateOrder(order);
      const run = survey.runStart;
      // Nothing waiting and not a summary-looking row: checked at once (the usual row).
      if (run === -1 && heldFrom === held.length) return checker.check(i, rowNumber, cells, pair);
      held.push({ index: i, rowNumber, cells, pair });
      // The first row is never a summary (result() below), so it need not wait for the run to end.
      return release(checker, run === -1 ? Number.POSITIVE_INFINITY : Math.max(run, 1));
    }
    held.push({ index: i, rowNumber, cells, pair });
    if (checker === null && held.length > holdLimit) giveUp();
  }

  const final = survey.result();
  const finalOrder = options.dateOrder ?? (final.dateOrder.kind === 'found' ? final.dateOrder.order : null);
  // Assigned in the callbacks above, which TypeScript does not follow.
  const done = checker as RowChecker | null;
  const undecided = (finalOrder === null && final.dateOrder.kind === 'ambiguous') || (options.dateOrder === null && final.dateOrder.kind === 'conflict');
  if (!gaveUp && done !== null && !undecided && done.dateOrder === finalOrder) {
    release(done, final.summaryStart);
    // What is still held is the run of summary lines that ends the file.
    done.useSummaryStart(final.summaryStart);
    for (let i = heldFrom; i < held.length; i++) done.check(held[i]!.index, held[i]!.rowNumber, held[i]!.cells, held[i]!.pair);
    done.finish();
    const plan = done.result();
    plan.dateOrder = final.dateOrder;
    return plan;
  }
  // Blocked, or too much was held: what the whole file says first, then every row again.
  const again = createRowChecker(layout, final, mapping, ctx, options, memoLimit);
  if (!again.blocked) {
    let i = 0;
    const fillAgain = filled();
    const parts = rowSplitFor(layout.headers, mapping, options, ctx.members);
    readCsv(text, (rowNumber, cells) => {
      if (parts === null) return again.check(i++, rowNumber, fillAgain(cells));
      for (const part of parts(fillAgain(cells))) again.check(i++, rowNumber, part.cells, part.pair);
    }, undefined, options.headerRow);
    again.finish();
  }
  return again.result();
}
