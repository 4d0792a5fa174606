import type { Plan, PlanItem } from '../model/plan';
import { doneEvidence, planItemKey, type CompletionIndex } from './completion-match';

/** Where one assignee stands on one item. */
export type AssignmentState = 'done' | 'planned' | 'overdue';

export interface Counts {
  done: number;
  planned: number;
  overdue: number;
  /** done + planned + overdue. */
  total: number;
}

export interface Assignment {
  memberId: string;
  state: AssignmentState;
  /** The completion date that made it done. */
  completedOn?: string;
}

export interface ItemProgress {
  itemId: string;
  /** The target date, or the plan's end when the item has none. */
  dueDate: string;
  /** Cancelled items are shown but not counted. */
  counted: boolean;
  assignments: Assignment[];
  counts: Counts;
}

export interface PlanProgress {
  items: ItemProgress[];
  /** Per assigned member, in first-assignment order. */
  members: { memberId: string; counts: Counts }[];
  totals: Counts;
}

export function emptyCounts(): Counts {
  return { done: 0, planned: 0, overdue: 0, total: 0 };
}

function add(counts: Counts, state: AssignmentState): void {
  counts[state] += 1;
  counts.total += 1;
}

export function dueDateOf(plan: Pick<Plan, 'period'>, item: Pick<PlanItem, 'targetDate'>): string {
  return item.targetDate ?? plan.period.end;
}

/**
 * Done / planned / overdue per item, per member and in total, from the completion
 * records: done when a matching completion falls in the plan period or is still
 * valid; otherwise overdue once the due date has passed, else planned.
 */
export function computePlanProgress(plan: Plan, completions: CompletionIndex, today: string): PlanProgress {
  const totals = emptyCounts();
  const perMember = new Map<string, Counts>();
  const items = plan.items.map((item): ItemProgress => {
    const key = planItemKey(item);
    const dueDate = dueDateOf(plan, item);
    const counted = item.status !== 'cancelled';
    const counts = emptyCounts();
    const assignments = item.assigneeIds.map((memberId): Assignment => {
      const evidence = doneEvidence(completions, memberId, key, plan.period, today);
      const state: AssignmentState = evidence ? 'done' : dueDate < today ? 'overdue' : 'planned';
      if (counted) {
        add(counts, state);
        add(totals, state);
        let mine = perMember.get(memberId);
        if (!mine) perMember.set(memberId, (mine = emptyCounts()));
        add(mine, state);
      }
      return evidence ? { memberId, state, completedOn: evidence.completedOn } : { memberId, state };
    });
    return { itemId: item.id, dueDate, counted, assignments, counts };
  });
  return { items, members: [...perMember].map(([memberId, counts]) => ({ memberId, counts })), totals };
}
