import type { Plan } from '../model/plan';
import type { Member } from '../model/team';
import { doneEvidence, planItemKey, type CompletionIndex } from './completion-match';
import type { AssignmentState, PlanProgress } from './progress';

/** A cell of the gap matrix: an assigned member's state, or what an unassigned member's records say. */
export type GapCell = { assigned: true; state: AssignmentState } | { assigned: false; state: 'done' | 'needed' };

export interface GapMatrix {
  /** Row members: everyone assigned in the plan, then active members of the plan's audience focus. */
  memberIds: string[];
  /** Columns: the plan's items that are not cancelled, in plan order. */
  itemIds: string[];
  /** cells[row][column]. */
  cells: GapCell[][];
}

/** The members the plan concerns: assignees (in order of first appearance), then active members in its audience focus. */
export function planMembers(plan: Plan, members: readonly Member[]): Member[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const out: Member[] = [];
  for (const item of plan.items) {
    for (const id of item.assigneeIds) {
      const m = byId.get(id);
      if (m && !seen.has(id)) {
        seen.add(id);
        out.push(m);
      }
    }
  }
  const focus = new Set(plan.audienceFocus);
  if (focus.size > 0) {
    for (const m of members) {
      if (!seen.has(m.id) && m.active && m.audiences.some((a) => focus.has(a))) {
        seen.add(m.id);
        out.push(m);
      }
    }
  }
  return out;
}

/** Members × items: who still needs what. Unassigned members count as done when their records already cover the item. */
export function buildGapMatrix(plan: Plan, rows: readonly Member[], progress: PlanProgress, completions: CompletionIndex, today: string): GapMatrix {
  const columns = plan.items.flatMap((item, i) => (item.status === 'cancelled' ? [] : [{ item, progress: progress.items[i]! }]));
  const keys = columns.map((c) => planItemKey(c.item));
  const states = columns.map((c) => new Map(c.progress.assignments.map((a) => [a.memberId, a.state])));
  const cells = rows.map((member) =>
    columns.map((_, col): GapCell => {
      const state = states[col]!.get(member.id);
      if (state !== undefined) return { assigned: true, state };
      return { assigned: false, state: doneEvidence(completions, member.id, keys[col]!, plan.period, today) ? 'done' : 'needed' };
    }),
  );
  return { memberIds: rows.map((m) => m.id), itemIds: columns.map((c) => c.item.id), cells };
}
