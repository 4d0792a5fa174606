import type { PlanItemStatus, PlanPriority } from '../model/plan';
import type { AssignmentState } from './progress';

/** Words shown for plan values on screen and in every export, kept in one place. */
export const priorityLabels: Record<PlanPriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const itemStatusLabels: Record<PlanItemStatus, string> = {
  planned: 'Planned',
  requested: 'Requested',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
};

export const stateLabels: Record<AssignmentState, string> = { done: 'Done', planned: 'Planned', overdue: 'Overdue' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-03-05" -> "Mar 5, 2026", independent of the machine's time zone and locale. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${Number(m[3])}, ${m[1]}`;
}

export function formatPeriod(period: { start: string; end: string }): string {
  return `${formatIsoDate(period.start)} – ${formatIsoDate(period.end)}`;
}

/** "3 of 5 done" style share, rounded down so 99.6% never reads as complete. */
export function percentDone(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done / total) * 100);
}
