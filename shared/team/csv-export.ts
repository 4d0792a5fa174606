import { toCsv } from './csv-cells';
import { statusLabels } from './status';
import type { CompletionRow } from './team-index';

/**
 * One row per completion. The headers are the import's own names, so an exported
 * file imports back with no mapping changes; "Expires on" and "Status" are derived
 * and ignored on import.
 */
export const exportHeaders = [
  'Member name',
  'Member email',
  'Member role',
  'Member agency',
  'Training ID',
  'Training title',
  'Provider',
  'Program family',
  'Completed on',
  'Hours',
  'Certificate number',
  'Valid for months',
  'Expires on',
  'Status',
  'Notes',
] as const;

export function exportRow(row: CompletionRow, familyLabel: (id: string) => string): string[] {
  const c = row.completion;
  const m = row.member;
  return [
    m?.name ?? '',
    m?.email ?? '',
    m?.role ?? '',
    m?.agency ?? '',
    c.trainingId ?? '',
    row.title,
    row.providerName,
    row.family ? familyLabel(row.family) : '',
    c.completedOn,
    c.hours === undefined ? '' : String(c.hours),
    c.certificateNumber ?? '',
    c.validForMonths === undefined ? '' : String(c.validForMonths),
    row.expiresOn ?? '',
    `${statusLabels[row.status]}${row.retired ? ' (training retired from the catalogue)' : ''}`,
    c.notes ?? '',
  ];
}

/** The whole export as CSV text (BOM, CRLF, formula-like cells neutralised). */
export function completionsCsv(rows: readonly CompletionRow[], familyLabel: (id: string) => string): string {
  return toCsv([[...exportHeaders], ...rows.map((r) => exportRow(r, familyLabel))]);
}
