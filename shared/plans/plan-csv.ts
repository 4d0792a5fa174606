import { toCsv } from '../team/csv-cells';
import { itemStatusLabels, priorityLabels, stateLabels } from './labels';
import type { PlanView } from './plan-view';

export const PLAN_CSV_HEADER = [
  'Plan',
  'Period start',
  'Period end',
  'Item',
  'Training',
  'Provider',
  'Catalogue id',
  'Kind',
  'Priority',
  'Item status',
  'Target date',
  'Member',
  'Role',
  'Agency',
  'Progress',
  'Completed on',
  'Item notes',
] as const;

/**
 * One row per item × assignee (an item nobody is assigned to still gets one row),
 * raw values; planCsvText makes them spreadsheet-safe.
 */
export function planCsvRows(view: PlanView): string[][] {
  const { plan } = view;
  const members = new Map(view.members.map((m) => [m.id, m]));
  const rows: string[][] = [[...PLAN_CSV_HEADER]];
  view.items.forEach((v, i) => {
    const kind = v.custom ? 'Custom' : v.retired ? 'Retired from the catalogue' : 'Catalogue';
    const base = [
      plan.name,
      plan.period.start,
      plan.period.end,
      String(i + 1),
      v.title,
      v.providerName,
      v.item.trainingId ?? '',
      kind,
      priorityLabels[v.item.priority],
      itemStatusLabels[v.item.status],
      v.item.targetDate ?? '',
    ];
    if (v.assignments.length === 0) {
      rows.push([...base, '', '', '', '', '', v.item.notes]);
      return;
    }
    for (const a of v.assignments) {
      const m = members.get(a.memberId);
      const progress = v.counted ? stateLabels[a.state] : 'Cancelled';
      rows.push([...base, m?.name ?? 'Removed member', m?.role ?? '', m?.agency ?? '', progress, a.completedOn ?? '', v.item.notes]);
    }
  });
  return rows;
}

/** The CSV file's text: BOM, CRLF, quoted where needed, formula-like cells neutralised. */
export function planCsvText(view: PlanView): string {
  return toCsv(planCsvRows(view));
}
