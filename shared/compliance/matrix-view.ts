import type { ComplianceStatus } from './status';
import { emptyCounts, type ComplianceMatrix, type ComplianceRow, type StatusCounts } from './matrix';

export interface MatrixFilters {
  profileId: string;
  agency: string;
  role: string;
  /** Rows with at least one visible cell in this status; '' for all. */
  status: ComplianceStatus | '';
}

export const noFilters: MatrixFilters = { profileId: '', agency: '', role: '', status: '' };

export interface MatrixView {
  /** Positions of the visible columns in matrix.columns. */
  columns: number[];
  rows: ComplianceRow[];
  /** Counts over the visible columns, per visible row (same order). */
  rowCounts: StatusCounts[];
  /** Counts over the visible rows, per visible column (same order). */
  columnCounts: StatusCounts[];
}

/**
 * What the Compliance screen shows for the chosen filters. A profile filter keeps its
 * columns and the people it applies to; counts are over what is visible.
 */
export function matrixView(matrix: ComplianceMatrix, f: MatrixFilters): MatrixView {
  const columns: number[] = [];
  matrix.columns.forEach((c, j) => {
    if (f.profileId === '' || c.profileId === f.profileId) columns.push(j);
  });
  const rows: ComplianceRow[] = [];
  const rowCounts: StatusCounts[] = [];
  const columnCounts = columns.map(emptyCounts);
  for (const row of matrix.rows) {
    if (f.agency !== '' && row.member.agency !== f.agency) continue;
    if (f.role !== '' && row.member.role !== f.role) continue;
    const counts = emptyCounts();
    for (const j of columns) counts[row.cells[j]!.status]++;
    if (f.profileId !== '' && counts['not-applicable'] === columns.length) continue;
    if (f.status !== '' && counts[f.status] === 0) continue;
    rows.push(row);
    rowCounts.push(counts);
    columns.forEach((j, k) => columnCounts[k]![row.cells[j]!.status]++);
  }
  return { columns, rows, rowCounts, columnCounts };
}
