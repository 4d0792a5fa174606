import type { Plan, PlanFields, PlanItem } from '../model/plan';

/*
 * Pure edits on a plan. Handlers apply them inside store.update; the renderer uses
 * moveItem for instant feedback while dragging. Ids come from the caller so these
 * stay deterministic under test.
 */

export function newPlan(fields: PlanFields, id: string, nowIso: string): Plan {
  return { ...fields, id, archived: false, items: [], createdAt: nowIso, updatedAt: nowIso };
}

/** A copy to start next year's plan from: new ids, not archived, "(copy)" in the name. */
export function duplicatePlan(plan: Plan, ids: { plan: string; item: () => string }, nowIso: string): Plan {
  const suffix = ' (copy)';
  const name = plan.name.length + suffix.length <= 200 ? `${plan.name}${suffix}` : plan.name;
  return {
    ...structuredClone(plan),
    id: ids.plan,
    name,
    archived: false,
    items: plan.items.map((item) => ({ ...structuredClone(item), id: ids.item() })),
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}

/** Moves the item at `from` to index `to` (clamped); other items keep their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [moved] = out.splice(from, 1);
  out.splice(target, 0, moved as T);
  return out;
}

/**
 * Adds a catalogue training to the plan for the given members. When the plan already
 * has an item for it, the members are assigned to that item instead of duplicating it.
 */
export function addTrainingToPlan(plan: Plan, training: { id: string; title: string }, memberIds: readonly string[], newId: () => string): { plan: Plan; itemId: string } {
  const existing = plan.items.find((i) => i.trainingId === training.id);
  if (existing) {
    const assigneeIds = [...existing.assigneeIds, ...memberIds.filter((id) => !existing.assigneeIds.includes(id))];
    return { plan: { ...plan, items: plan.items.map((i) => (i === existing ? { ...i, assigneeIds } : i)) }, itemId: existing.id };
  }
  const item: PlanItem = {
    id: newId(),
    trainingId: training.id,
    trainingTitle: training.title,
    assigneeIds: [...new Set(memberIds)],
    priority: 'medium',
    status: 'planned',
    notes: '',
  };
  return { plan: { ...plan, items: [...plan.items, item] }, itemId: item.id };
}
