import type { ColumnMapping } from './csv-mapping';
import type { CsvRow, CsvTable } from './csv-parse';
import type { ImportOptions } from './import-options';
import { CELL_MEMO_LIMIT } from './import-cells';
import type { ImportContext, ImportPlan } from './import-plan';
import { createSurvey } from './import-survey';
import { createRepeatAbove } from './repeat-above';
import { createRowChecker } from './row-checker';
import type { CoursePair } from './course-pairs';
import { rowSplitFor } from './pair-rows';

/**
 * Checks rows in slices so a screen can show progress on a 50,000-row file: the
 * preview, over a table it keeps (parseCsvTable).
 */
export function createImportChecker(table: CsvTable, mapping: ColumnMapping, ctx: ImportContext, options: ImportOptions, memoLimit = CELL_MEMO_LIMIT) {
  const filled = options.repeatAbove ? withRepeatsFilled(table.rows, mapping, ctx.members) : table.rows;
  const rows = withPairsSplit(filled, table.headers, mapping, options, ctx.members);
  const survey = createSurvey(mapping, memoLimit, options, () => table.headers);
  for (const row of rows) survey.visit(row.rowNumber, row.cells);
  const checker = createRowChecker(table, survey.result(), mapping, ctx, options, memoLimit);
  let next = 0;
  return {
    total: rows.length,
    /** True when the file or mapping is unusable; checkNext then does nothing. */
    get blocked() {
      return checker.blocked;
    },
    /** Checks up to `count` more rows; returns how many rows are done. */
    checkNext(count: number): number {
      if (checker.blocked) return rows.length;
      const end = Math.min(rows.length, next + count);
      for (; next < end; next++) {
        const row = rows[next]!;
        checker.check(next, row.rowNumber, row.cells, row.pair);
      }
      if (next === rows.length) checker.finish();
      return next;
    },
    result: checker.result,
  };
}

/** Checks every row at once, over a table already parsed. */
export function planImport(table: CsvTable, mapping: ColumnMapping, ctx: ImportContext, options: ImportOptions, memoLimit = CELL_MEMO_LIMIT): ImportPlan {
  const checker = createImportChecker(table, mapping, ctx, options, memoLimit);
  checker.checkNext(Number.POSITIVE_INFINITY);
  return checker.result();
}

/** Each row as the rows its pairs stand for (pair-rows.ts); the rows as they are otherwise. */
function withPairsSplit(rows: readonly CsvRow[], headers: readonly string[], mapping: ColumnMapping, options: ImportOptions, team: ImportContext['members']): (CsvRow & { pair?: CoursePair | null })[] {
  const split = rowSplitFor(headers, mapping, options, team);
  if (split === null) return rows as CsvRow[];
  return rows.flatMap((row) => split(row.cells).map((part) => ({ rowNumber: row.rowNumber, cells: part.cells, pair: part.pair })));
}

function withRepeatsFilled(rows: readonly CsvRow[], mapping: ColumnMapping, team: ImportContext['members']): CsvRow[] {
  const fill = createRepeatAbove(mapping, team);
  return rows.map((row) => {
    const cells = fill(row.cells);
    return cells === row.cells ? row : { rowNumber: row.rowNumber, cells };
  });
}
