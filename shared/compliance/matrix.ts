import type { Profile, Requirement } from '../model/requirements';
import type { Completion, Member } from '../model/team';
import { memberMatcher } from './applies';
import type { TrainingFactsFor } from './catalogue-facts';
import { buildCompletionTable } from './completion-table';
import { isoToDay } from './day-math';
import { evaluateCell } from './evaluate';
import { prepareRequirements } from './prepare';
import { NOT_APPLICABLE, type CellStatus, type ComplianceStatus } from './status';

export interface ComplianceColumn {
  profileId: string;
  profileName: string;
  requirement: Requirement;
}

export type StatusCounts = Record<ComplianceStatus, number>;

export interface ComplianceRow {
  member: Member;
  /** One per column, in column order. */
  cells: readonly CellStatus[];
  counts: StatusCounts;
}

export interface ComplianceMatrix {
  today: string;
  columns: readonly ComplianceColumn[];
  /** Active members, in the order given. */
  rows: readonly ComplianceRow[];
  columnCounts: readonly StatusCounts[];
}

export interface MatrixInput {
  profiles: readonly Profile[];
  members: readonly Member[];
  completions: readonly Completion[];
  facts: TrainingFactsFor;
  today: string;
  warningDays: number;
}

export const emptyCounts = (): StatusCounts => ({ current: 0, 'due-soon': 0, overdue: 0, 'not-started': 0, 'not-applicable': 0 });

/** Every active member against every requirement of every profile: a full recompute, pure. */
export function complianceMatrix(input: MatrixInput): ComplianceMatrix {
  const ctx = { today: isoToDay(input.today), warningDays: input.warningDays };
  const columns: ComplianceColumn[] = [];
  for (const p of input.profiles) for (const requirement of p.requirements) columns.push({ profileId: p.id, profileName: p.name, requirement });
  const { prepared, spec } = prepareRequirements(
    columns.map((c) => c.requirement),
    input.facts,
  );
  const groups: { applies: (m: Member) => boolean; first: number; count: number }[] = [];
  let first = 0;
  for (const p of input.profiles) {
    groups.push({ applies: memberMatcher(p.appliesTo), first, count: p.requirements.length });
    first += p.requirements.length;
  }
  const active = input.members.filter((m) => m.active);
  const rowOf = new Map(active.map((m, i) => [m.id, i]));
  const table = buildCompletionTable(input.completions, rowOf, active.length, input.today, spec);
  const columnCounts = columns.map(emptyCounts);
  const rows: ComplianceRow[] = active.map((member, r) => {
    const cells = new Array<CellStatus>(columns.length);
    const counts = emptyCounts();
    for (const g of groups) {
      const applies = g.applies(member);
      for (let j = g.first; j < g.first + g.count; j++) {
        const cell = applies ? evaluateCell(member, prepared[j]!, table, r, ctx) : NOT_APPLICABLE;
        cells[j] = cell;
        counts[cell.status]++;
        columnCounts[j]![cell.status]++;
      }
    }
    return { member, cells, counts };
  });
  return { today: input.today, columns, rows, columnCounts };
}

/** People with at least one requirement overdue, and (apart from them) with at least one due soon: the Start and Team figures. */
export function peopleCounts(matrix: Pick<ComplianceMatrix, 'rows'>): { overdue: number; dueSoon: number } {
  let overdue = 0;
  let dueSoon = 0;
  for (const r of matrix.rows) {
    if (r.counts.overdue > 0) overdue++;
    else if (r.counts['due-soon'] > 0) dueSoon++;
  }
  return { overdue, dueSoon };
}
