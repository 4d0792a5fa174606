import type { Plan, PlanItem } from '../model/plan';

/** What the app knows now: the catalogue's trainings and the team's members. */
export interface KnownReferences {
  hasTraining(id: string): boolean;
  hasMember(id: string): boolean;
}

export const unknownTrainingMessage = (id: string) => `The catalogue has no training "${id}".`;
export const unknownMemberMessage = (id: string) => `No team member has the id ${id}.`;

/**
 * The rule every plan write obeys, whichever channel it comes through (save, restore,
 * adding a training): an item names a training the catalogue has and assigns members
 * on the team. What the item already held when last stored may stay (a training a
 * newer catalogue retired, a member since deleted), so undo and edits never lose it;
 * `before` finds that earlier version by item id. Returns the first problem, or null.
 */
export function planReferenceProblem(plan: Plan, known: KnownReferences, before: (itemId: string) => PlanItem | undefined): string | null {
  for (const item of plan.items) {
    const earlier = before(item.id);
    if (item.trainingId !== undefined && !known.hasTraining(item.trainingId) && earlier?.trainingId !== item.trainingId) {
      return unknownTrainingMessage(item.trainingId);
    }
    for (const memberId of item.assigneeIds) {
      if (!known.hasMember(memberId) && !earlier?.assigneeIds.includes(memberId)) return unknownMemberMessage(memberId);
    }
  }
  return null;
}
