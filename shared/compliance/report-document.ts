import type { Catalogue } from '../catalogue/schema';
import type { Profile } from '../model/requirements';
import { toCsv } from '../team/csv-cells';
import { formatDate } from '../util/dates';
import { appliesToText } from './applies-text';
import type { TrainingFactsFor } from './catalogue-facts';
import { requirementRule, requirementTitle, statusDateText } from './labels';
import type { ComplianceMatrix } from './matrix';
import { complianceStatusLabels, type CellStatus, type ComplianceStatus } from './status';

/*
 * The compliance report for the audit binder, in words: the profile definitions and the
 * matrix, per profile. The PDF lays it out (main/services/pdf/compliance-report-pdf-definition.ts);
 * the CSV is the same matrix, one row per member.
 */

export interface ReportRequirement {
  title: string;
  rule: string;
  /** People current (or due soon), overdue and not started, of those it applies to. */
  counts: Record<ComplianceStatus, number>;
}

export interface ReportCell {
  status: ComplianceStatus;
  text: string;
}

export interface ReportProfile {
  name: string;
  description: string;
  appliesTo: string;
  requirements: ReportRequirement[];
  /** Members the profile applies to, each with one cell per requirement. */
  rows: { name: string; facts: string; cells: ReportCell[] }[];
}

export interface ComplianceReport {
  statusOn: string;
  generatedAt: string;
  warningDays: number;
  people: number;
  overduePeople: number;
  dueSoonPeople: number;
  profiles: ReportProfile[];
}

const cellText = (cell: CellStatus): string => {
  const when = statusDateText(cell);
  const hours = cell.hours ? `${cell.hours.counted} of ${cell.hours.needed} h` : '';
  return [complianceStatusLabels[cell.status], when, hours].filter(Boolean).join(', ');
};

export interface ReportInput {
  matrix: ComplianceMatrix;
  profiles: readonly Profile[];
  facts: TrainingFactsFor;
  catalogue: Pick<Catalogue, 'vocabularies'>;
  warningDays: number;
  generatedAt: string;
}

export function buildComplianceReport({ matrix, profiles, facts, catalogue, warningDays, generatedAt }: ReportInput): ComplianceReport {
  let first = 0;
  const out = profiles.map((p): ReportProfile => {
    const at = first;
    first += p.requirements.length;
    const positions = p.requirements.map((_, k) => at + k);
    const rows = matrix.rows
      .filter((row) => positions.some((j) => row.cells[j]!.status !== 'not-applicable'))
      .map((row) => ({
        name: row.member.name,
        facts: [row.member.role, row.member.agency].filter(Boolean).join(', '),
        cells: positions.map((j) => ({ status: row.cells[j]!.status, text: cellText(row.cells[j]!) })),
      }));
    return {
      name: p.name,
      description: p.description,
      appliesTo: appliesToText(p.appliesTo, catalogue),
      requirements: p.requirements.map((r, k) => ({ title: requirementTitle(r, facts), rule: requirementRule(r), counts: matrix.columnCounts[at + k]! })),
      rows,
    };
  });
  let overdue = 0;
  let dueSoon = 0;
  for (const r of matrix.rows) {
    if (r.counts.overdue > 0) overdue++;
    else if (r.counts['due-soon'] > 0) dueSoon++;
  }
  return { statusOn: formatDate(matrix.today), generatedAt, warningDays, people: matrix.rows.length, overduePeople: overdue, dueSoonPeople: dueSoon, profiles: out };
}

/**
 * The matrix as CSV: a header, one line saying in words what each requirement asks, then one
 * row per active member with, per requirement, its status and date (ISO, for spreadsheets).
 * The first header cell says on what day the statuses hold and when the file was made.
 */
export function complianceReportCsvRows(matrix: ComplianceMatrix, facts: TrainingFactsFor, generatedAt: string): string[][] {
  const header = [`Member (status on ${matrix.today}; generated ${generatedAt})`, 'Role', 'Agency', 'Joined on'];
  const rules = ['What each requirement asks', '', '', ''];
  for (const col of matrix.columns) {
    const name = `${col.profileName}: ${requirementTitle(col.requirement, facts)}`;
    header.push(name, `${name} (date)`);
    rules.push(requirementRule(col.requirement), '');
  }
  const rows = matrix.rows.map((row) => {
    const line = [row.member.name, row.member.role, row.member.agency, row.member.joinedOn ?? ''];
    for (const cell of row.cells) line.push(complianceStatusLabels[cell.status], cell.date ?? '');
    return line;
  });
  return [header, rules, ...rows];
}

export function complianceReportCsvText(matrix: ComplianceMatrix, facts: TrainingFactsFor, generatedAt: string): string {
  return toCsv(complianceReportCsvRows(matrix, facts, generatedAt));
}
