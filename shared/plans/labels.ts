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

/** "3 of 5 done" style share, rounded down so 99.6% never reads as complete. */
export function percentDone(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done / total) * 100);
}
