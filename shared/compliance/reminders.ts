import type { PlanCalendarEvent } from '../plans/plan-calendar';
import { toCsv } from '../team/csv-cells';
import { formatDate } from '../util/dates';
import type { TrainingFactsFor } from './catalogue-facts';
import { requirementRule, requirementTitle } from './labels';
import type { ComplianceMatrix } from './matrix';
import { plusDays } from './periods';
import { complianceStatusLabels } from './status';

/*
 * Reminders for what falls due in the user's window and what is overdue: one entry per
 * member × requirement, for a calendar (.ics, written by the plan's ics writer) and a CSV for
 * mail merge. Pure: tests/unit/compliance/compliance-exports.test.ts reads both back.
 */

export interface Reminder {
  memberId: string;
  memberName: string;
  email: string;
  role: string;
  agency: string;
  profileName: string;
  requirementId: string;
  requirement: string;
  rule: string;
  status: 'overdue' | 'due-soon';
  /** The last day to complete it: due soon, the deadline; overdue, the day before it became overdue (today when unknown). */
  dueBy: string;
}

/** Due soon and overdue cells, most urgent first (overdue, then by date, then by name). */
export function remindersOf(matrix: ComplianceMatrix, facts: TrainingFactsFor): Reminder[] {
  const titles = matrix.columns.map((c) => requirementTitle(c.requirement, facts));
  const out: Reminder[] = [];
  for (const row of matrix.rows) {
    row.cells.forEach((cell, j) => {
      if (cell.status !== 'overdue' && cell.status !== 'due-soon') return;
      const col = matrix.columns[j]!;
      const dueBy = cell.date === null ? matrix.today : cell.status === 'overdue' ? plusDays(cell.date, -1) : cell.date;
      out.push({
        memberId: row.member.id,
        memberName: row.member.name,
        email: row.member.email ?? '',
        role: row.member.role,
        agency: row.member.agency,
        profileName: col.profileName,
        requirementId: col.requirement.id,
        requirement: titles[j]!,
        rule: requirementRule(col.requirement),
        status: cell.status,
        dueBy,
      });
    });
  }
  return out.sort((a, b) => (a.status !== b.status ? (a.status === 'overdue' ? -1 : 1) : a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : a.memberName.localeCompare(b.memberName)));
}

/** One all-day event per reminder on its due-by day; the uid stays the same across exports, so a calendar updates rather than duplicates. */
export function reminderEvents(reminders: readonly Reminder[]): PlanCalendarEvent[] {
  return reminders.map((r) => ({
    uid: `compliance-${r.memberId}-${r.requirementId}@tta-navigator`,
    date: r.dueBy,
    title: `${r.status === 'overdue' ? 'Overdue' : 'Due'}: ${r.requirement} (${r.memberName})`,
    description: `${r.memberName} — ${r.profileName}: ${r.requirement}. ${complianceStatusLabels[r.status]}, due by ${formatDate(r.dueBy)}. ${r.rule}`,
    categories: ['Training compliance'],
  }));
}

export const REMINDER_CSV_HEADER = ['Name', 'Email', 'Role', 'Agency', 'Profile', 'Requirement', 'Status', 'Due by', 'Due by (words)', 'What it asks'] as const;

/** Mail-merge rows: one per reminder, the fields a letter needs; spreadsheet-safe through toCsv. */
export function remindersCsvText(reminders: readonly Reminder[]): string {
  return toCsv([
    [...REMINDER_CSV_HEADER],
    ...reminders.map((r) => [r.memberName, r.email, r.role, r.agency, r.profileName, r.requirement, complianceStatusLabels[r.status], r.dueBy, formatDate(r.dueBy), r.rule]),
  ]);
}
