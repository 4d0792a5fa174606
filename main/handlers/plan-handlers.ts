import type { planChannels, PlanExportFormat, PlanSummary } from '../../shared/contract/plan-channels';
import type { Plan, PlanItem } from '../../shared/model/plan';
import { addTrainingToPlan, duplicatePlan, newPlan } from '../../shared/plans/plan-edits';
import { planReferenceProblem } from '../../shared/plans/plan-references';
import { buildPlanView, planViewContext, type PlanView, type PlanViewContext } from '../../shared/plans/plan-view';
import { buildPlanDocument } from '../../shared/plans/plan-document';
import { planCalendarEvents } from '../../shared/plans/plan-calendar';
import { localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import { buildPlanPdfDefinition } from '../services/pdf/plan-pdf-definition';
import { writePlanCsv } from '../services/plan-csv';
import { writePlanIcs } from '../services/plan-ics';
import { newRecordId } from '../services/record-ids';
import { UserFacingError } from '../services/user-facing-error';
import { refuseIfChangedMeanwhile } from '../services/changed-meanwhile';
import type { HandlersFor } from './handler-types';

const exportKinds: Record<PlanExportFormat, { title: string; filter: string; extension: string }> = {
  pdf: { title: 'Export the plan as PDF', filter: 'PDF document', extension: 'pdf' },
  csv: { title: 'Export the plan as CSV', filter: 'CSV spreadsheet', extension: 'csv' },
  ics: { title: 'Export the plan’s dates to a calendar', filter: 'iCalendar file', extension: 'ics' },
};

/**
 * The suggested name says what the file is and when, never whose: plan names often name people,
 * and file names end up in recent-file lists, mail attachments and backups of Downloads.
 */
export function exportFileName(today: string, extension: string): string {
  return `training-plan-${today}.${extension}`;
}

/** What the plan details form edits: a plan changed meanwhile is compared on these. */
const PLAN_DETAILS = ['name', 'purpose', 'audienceFocus', 'period', 'notes'] as const;

export function createPlanHandlers(services: ApiServices): HandlersFor<typeof planChannels> {
  const { store, catalogue } = services;
  // Items as they were last stored, including ones removed or in plans deleted since the
  // app started, so an undo may put back what they held (see planReferenceProblem).
  const storedItems = new Map<string, PlanItem>();
  const remember = (plan: Plan) => {
    for (const item of plan.items) storedItems.set(item.id, item);
  };

  /** The one check of every plan write's content, whichever channel it came through. */
  function checkReferences(plan: Plan): void {
    for (const stored of store.data().plans) if (stored.id === plan.id) remember(stored);
    const trainings = catalogue.current().trainings;
    const trainingIds = new Set(trainings.map((t) => t.id));
    const memberIds = new Set(store.data().members.map((m) => m.id));
    const problem = planReferenceProblem(plan, { hasTraining: (id) => trainingIds.has(id), hasMember: (id) => memberIds.has(id) }, (id) => storedItems.get(id));
    if (problem) throw new UserFacingError(problem);
  }

  function context(): PlanViewContext {
    const data = store.data();
    return planViewContext({ members: data.members, completions: data.completions, catalogue: catalogue.current(), today: localIsoDate(services.now()) });
  }

  function find(id: string): Plan {
    const plan = store.data().plans.find((p) => p.id === id);
    if (!plan) throw new UserFacingError('This plan no longer exists. It may have been deleted.');
    return plan;
  }

  function view(id: string): PlanView {
    return buildPlanView(find(id), context());
  }

  /**
   * Replaces the plan with this id, stamping updatedAt; the stored createdAt always wins. With
   * `expectedUpdatedAt` (the details form), a plan changed since the form opened is refused.
   */
  function replace(next: Plan, expectedUpdatedAt?: string): Promise<Plan> {
    return edit(next.id, (current) => {
      refuseIfChangedMeanwhile('this plan', current, expectedUpdatedAt, { ...next, createdAt: current.createdAt }, PLAN_DETAILS);
      return next;
    });
  }

  /**
   * Changes the plan with this id as it stands when the change runs, after any change queued
   * before it, stamping updatedAt. Adds and archiving go through here: built from the plan as it
   * was when the request arrived, two quick adds each wrote a plan holding only their own item.
   */
  async function edit(id: string, change: (current: Plan) => Plan): Promise<Plan> {
    find(id);
    let stamped: Plan | undefined;
    await store.update((d) => {
      const at = d.plans.findIndex((p) => p.id === id);
      if (at < 0) throw new UserFacingError('This plan no longer exists. It may have been deleted.');
      const current = d.plans[at]!;
      const next = change(current);
      checkReferences(next);
      stamped = { ...next, createdAt: current.createdAt, updatedAt: services.now().toISOString() };
      d.plans[at] = stamped;
    });
    return stamped!;
  }

  async function exportPlan(id: string, format: PlanExportFormat): Promise<string | null> {
    const planView = view(id);
    const events = format === 'ics' ? planCalendarEvents(planView) : [];
    if (format === 'ics' && events.length === 0) {
      throw new UserFacingError('This plan has no dated items yet. Give items a target date to put them in a calendar.');
    }
    const kind = exportKinds[format];
    const path = await services.dialogs.chooseSaveFile({
      title: kind.title,
      defaultName: exportFileName(localIsoDate(services.now()), kind.extension),
      filters: [{ name: kind.filter, extensions: [kind.extension] }],
    });
    if (!path) return null;
    if (format === 'pdf') {
      const cat = catalogue.current();
      const doc = buildPlanDocument(planView, cat, { generatedAt: services.now(), catalogue: cat.meta });
      // pdfmake and its fonts are loaded on the first export, not at every start-up.
      const { writePlanPdf } = await import('../services/pdf/write-pdf');
      await writePlanPdf(buildPlanPdfDefinition(doc), path);
    } else if (format === 'csv') {
      await writePlanCsv(planView, path);
    } else {
      await writePlanIcs(events, planView.plan.name, path);
    }
    return path;
  }

  return {
    async plansList() {
      const ctx = context();
      return store.data().plans.map((plan): PlanSummary => {
        const v = buildPlanView(plan, ctx, { summaryOnly: true });
        return { plan, totals: v.totals, people: v.members.filter((m) => m.counts.total > 0).length };
      });
    },
    async planGet({ id }) {
      return view(id);
    },
    async planCreate(fields) {
      const plan = newPlan(fields, newRecordId('plan'), services.now().toISOString());
      await store.update((d) => {
        d.plans.push(plan);
      });
      return plan;
    },
    async planSave({ expectedUpdatedAt, ...plan }) {
      const saved = await replace(plan, expectedUpdatedAt);
      return buildPlanView(saved, context());
    },
    async planDuplicate({ id }) {
      const copy = duplicatePlan(find(id), { plan: newRecordId('plan'), item: () => newRecordId('item') }, services.now().toISOString());
      await store.update((d) => {
        const index = d.plans.findIndex((p) => p.id === id);
        d.plans.splice(index < 0 ? d.plans.length : index + 1, 0, copy);
      });
      return copy;
    },
    async planArchive({ id, archived }) {
      return edit(id, (current) => ({ ...current, archived }));
    },
    async planDelete({ id }) {
      const plan = find(id);
      remember(plan);
      await store.update((d) => {
        d.plans = d.plans.filter((p) => p.id !== id);
      });
      return { deleted: plan };
    },
    async planRestore({ plan }) {
      if (store.data().plans.some((p) => p.id === plan.id)) throw new UserFacingError('This plan is already there.');
      checkReferences(plan);
      await store.update((d) => {
        d.plans.push(plan);
      });
      return plan;
    },
    async planAddTraining({ planId, trainingId, memberIds }) {
      // An unknown id still goes through: the one reference check refuses it with the usual words.
      const training = catalogue.current().trainings.find((t) => t.id === trainingId) ?? { id: trainingId, title: trainingId };
      const plan = await edit(planId, (current) => addTrainingToPlan(current, training, memberIds, () => newRecordId('item')).plan);
      return buildPlanView(plan, context());
    },
    async planAddCustom({ planId, custom }) {
      const item: PlanItem = { id: newRecordId('item'), custom, assigneeIds: [], priority: 'medium', status: 'planned', notes: '' };
      const plan = await edit(planId, (current) => ({ ...current, items: [...current.items, item] }));
      return buildPlanView(plan, context());
    },
    async planExport({ id, format }) {
      return { savedTo: await exportPlan(id, format) };
    },
  };
}
