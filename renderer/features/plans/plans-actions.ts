import type { PlanExportFormat, PlanSummary } from '../../../shared/contract/plan-channels';
import type { Plan, PlanCustomTraining, PlanFields, PlanItem } from '../../../shared/model/plan';
import { moveItem } from '../../../shared/plans/plan-edits';
import { formatMoment } from '../../../shared/util/dates';
import { changedMeanwhileOf } from '../../app/changed-meanwhile';
import { errorMessage } from '../../app/errors';
import { clearNotice, notify } from '../../app/notice-store';
import { tta } from '../../app/tta';
import { defaultPlanFields } from './plan-defaults';
import { usePlansStore } from './plans-store';

/*
 * Plan reads and writes as the screens use them: call the main side, put what it
 * returned in the store, and say what happened in the app's notice, with Undo where a
 * mistake would cost work. Refusals are thrown to the caller, which shows them next
 * to the form (FormErrors) or in the notice (notifyError).
 */

const set = usePlansStore.setState;
const get = usePlansStore.getState;

export async function loadPlans(): Promise<void> {
  try {
    set({ summaries: await tta().plansList(), error: null });
  } catch (error) {
    set({ error: errorMessage(error) });
  }
}

export async function openPlan(id: string): Promise<void> {
  if (get().view?.plan.id !== id) {
    set({ view: null, error: null });
    clearNotice();
  }
  try {
    set({ view: await tta().planGet({ id }), error: null });
  } catch (error) {
    set({ error: errorMessage(error) });
  }
}

/** Saves the whole plan: shows the edit at once (drags must feel instant), then the saved view with its progress. */
async function savePlan(plan: Plan, openedAt?: string): Promise<void> {
  const current = get().view;
  if (current && current.plan.id === plan.id) set({ view: { ...current, plan } });
  try {
    set({ view: await tta().planSave({ ...plan, ...(openedAt !== undefined ? { expectedUpdatedAt: openedAt } : {}) }), error: null });
  } catch (error) {
    if (current) set({ view: current });
    throw error;
  }
}

export async function createPlan(fields: PlanFields): Promise<Plan> {
  const plan = await tta().planCreate(fields);
  clearNotice();
  return plan;
}

/** `openedAt`: the updatedAt the details form was opened on; a plan whose details changed since is refused ('changed-meanwhile'). */
export async function saveDetails(plan: Plan, fields: PlanFields, openedAt?: string): Promise<void> {
  await savePlan({ ...plan, ...fields }, openedAt);
  notify('Plan details saved.');
}

export async function duplicatePlan(summary: PlanSummary): Promise<void> {
  try {
    const copy = await tta().planDuplicate({ id: summary.plan.id });
    notify(`Made a copy: “${copy.name}”.`);
  } finally {
    await loadPlans();
  }
}

export async function setArchived(summary: PlanSummary, archived: boolean): Promise<void> {
  const { plan } = summary;
  try {
    await tta().planArchive({ id: plan.id, archived });
    notify(archived ? `Archived “${plan.name}”.` : `“${plan.name}” is active again.`, async () => {
      await tta().planArchive({ id: plan.id, archived: !archived });
      await loadPlans();
      return 'Undone.';
    });
  } finally {
    await loadPlans();
  }
}

export async function deletePlan(summary: PlanSummary): Promise<void> {
  try {
    const { deleted } = await tta().planDelete({ id: summary.plan.id });
    notify(`Deleted “${deleted.name}”.`, async () => {
      await tta().planRestore({ plan: deleted });
      await loadPlans();
      return 'Undone.';
    });
  } finally {
    await loadPlans();
  }
}

/*
 * Item edits on the plan page (status, priority, order, removal) are saved against the version
 * of the plan the page showed, like the details form: a change that arrived meanwhile (another
 * coordinator's, or another window's) is never replaced by the page's older copy of the plan.
 * They run one at a time; an edit made while the page's own previous one was still saving is
 * based on what that save stored, so quick successive edits never clash with each other.
 */
let itemSaves: Promise<unknown> = Promise.resolve();
/** Per plan: the version the page's last item save was made on, and the version it stored. */
const ownItemSaves = new Map<string, { from: string; to: string }>();

/** Saves `edit` of the items the page showed; false when the plan had changed meanwhile (the page then shows the stored version and says so). */
function saveItems(shown: Plan, edit: (items: PlanItem[]) => PlanItem[]): Promise<boolean> {
  const run = itemSaves.then(async () => {
    const own = ownItemSaves.get(shown.id);
    const current = get().view?.plan;
    const base = own && own.from === shown.updatedAt && current?.id === shown.id && current.updatedAt === own.to ? current : shown;
    try {
      await savePlan({ ...base, items: edit(base.items) }, base.updatedAt);
    } catch (error) {
      const changed = changedMeanwhileOf<Plan>(error);
      if (!changed) throw error;
      await openPlan(shown.id);
      const latest = changed.latest;
      const who = latest.updatedBy ? latest.updatedBy : 'Someone';
      notify(
        `${who} changed this plan${latest.updatedAt ? ` on ${formatMoment(latest.updatedAt)}` : ''}, while it was open here. It now shows their version; your change was not saved. Make it again if it is still needed.`,
      );
      return false;
    }
    const saved = get().view?.plan;
    if (saved?.id === shown.id) ownItemSaves.set(shown.id, { from: base.updatedAt, to: saved.updatedAt });
    return true;
  });
  itemSaves = run.catch(() => undefined);
  return run;
}

export async function moveItemTo(plan: Plan, from: number, to: number): Promise<void> {
  await saveItems(plan, (items) => moveItem(items, from, to));
}

export async function updateItem(plan: Plan, item: PlanItem): Promise<void> {
  await saveItems(plan, (items) => items.map((i) => (i.id === item.id ? item : i)));
}

export async function removeItem(plan: Plan, index: number, title: string): Promise<void> {
  const before = plan;
  const itemId = plan.items[index]?.id;
  if (!(await saveItems(plan, (items) => items.filter((i) => i.id !== itemId)))) return;
  notify(`Removed “${title}” from the plan.`, async () => {
    const current = get().view?.plan ?? before;
    set({ view: await tta().planSave({ ...current, items: before.items }) });
    return 'Undone.';
  });
}

export async function addCatalogueTraining(planId: string, trainingId: string, title: string): Promise<void> {
  set({ view: await tta().planAddTraining({ planId, trainingId, memberIds: [] }) });
  notify(`Added “${title}”.`);
}

export async function addCustomTraining(planId: string, custom: PlanCustomTraining): Promise<void> {
  set({ view: await tta().planAddCustom({ planId, custom }) });
  notify(`Added “${custom.title}”.`);
}

export async function addSuggestion(planId: string, trainingId: string, title: string, member: { id: string; name: string }): Promise<void> {
  set({ view: await tta().planAddTraining({ planId, trainingId, memberIds: [member.id] }) });
  notify(`Added “${title}” for ${member.name}.`);
}

/** Asks where to save and writes the file; the path, or null when the user cancelled. */
export async function exportPlan(planId: string, format: PlanExportFormat): Promise<string | null> {
  return (await tta().planExport({ id: planId, format })).savedTo;
}

/** The plans a training can be added to from its catalogue page. */
export async function activePlans(): Promise<PlanSummary[]> {
  return (await tta().plansList()).filter((p) => !p.plan.archived);
}

/** "Add to plan" on a training page: into an existing plan, or a new one with this name. */
export async function addToPlan(target: { planId: string } | { newPlanName: string }, trainingId: string): Promise<{ planId: string; planName: string }> {
  const planId = 'planId' in target ? target.planId : (await tta().planCreate({ ...defaultPlanFields(), name: target.newPlanName })).id;
  const view = await tta().planAddTraining({ planId, trainingId, memberIds: [] });
  return { planId, planName: view.plan.name };
}
