import { randomUUID } from 'node:crypto';
import type { planChannels, PlanExportFormat, PlanSummary } from '../../shared/contract/plan-channels';
import type { Plan } from '../../shared/model/plan';
import { addTrainingToPlan, duplicatePlan, newPlan } from '../../shared/plans/plan-edits';
import { buildPlanView, planViewContext, type PlanView, type PlanViewContext } from '../../shared/plans/plan-view';
import { buildPlanDocument } from '../../shared/plans/plan-document';
import { planCalendarEvents } from '../../shared/plans/plan-calendar';
import { localIsoDate } from '../../shared/team/dates';
import { RejectedError, type ApiServices } from '../api-services';
import { buildPlanPdfDefinition } from '../services/pdf/plan-pdf-definition';
import { writePlanPdf } from '../services/pdf/write-pdf';
import { writePlanCsv } from '../services/plan-csv';
import { writePlanIcs } from '../services/plan-ics';
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

export function createPlanHandlers(services: ApiServices): HandlersFor<typeof planChannels> {
  const { store, catalogue } = services;
  const newId = (prefix: 'p' | 'i') => `${prefix}-${randomUUID()}`;

  function context(): PlanViewContext {
    const data = store.data();
    return planViewContext({ members: data.members, completions: data.completions, catalogue: catalogue.current(), today: localIsoDate(services.now()) });
  }

  function find(id: string): Plan {
    const plan = store.data().plans.find((p) => p.id === id);
    if (!plan) throw new RejectedError('This plan no longer exists. It may have been deleted.');
    return plan;
  }

  function view(id: string): PlanView {
    return buildPlanView(find(id), context());
  }

  /** Replaces the plan with this id, stamping updatedAt; the stored createdAt always wins. */
  async function replace(next: Plan): Promise<Plan> {
    const index = store.data().plans.findIndex((p) => p.id === next.id);
    if (index < 0) throw new RejectedError('This plan no longer exists. It may have been deleted.');
    const stamped: Plan = { ...next, createdAt: store.data().plans[index]!.createdAt, updatedAt: services.now().toISOString() };
    await store.update((d) => {
      d.plans[index] = stamped;
    });
    return stamped;
  }

  async function exportPlan(id: string, format: PlanExportFormat): Promise<string | null> {
    const planView = view(id);
    const events = format === 'ics' ? planCalendarEvents(planView) : [];
    if (format === 'ics' && events.length === 0) {
      throw new RejectedError('This plan has no dated items yet. Give items a target date to put them in a calendar.');
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
      const plan = newPlan(fields, newId('p'), services.now().toISOString());
      await store.update((d) => {
        d.plans.push(plan);
      });
      return plan;
    },
    async planSave(plan) {
      const saved = await replace(plan);
      return buildPlanView(saved, context());
    },
    async planDuplicate({ id }) {
      const copy = duplicatePlan(find(id), { plan: newId('p'), item: () => newId('i') }, services.now().toISOString());
      const index = store.data().plans.findIndex((p) => p.id === id);
      await store.update((d) => {
        d.plans.splice(index + 1, 0, copy);
      });
      return copy;
    },
    async planArchive({ id, archived }) {
      return replace({ ...find(id), archived });
    },
    async planDelete({ id }) {
      const plan = find(id);
      await store.update((d) => {
        d.plans = d.plans.filter((p) => p.id !== id);
      });
      return { deleted: plan };
    },
    async planRestore({ plan }) {
      if (store.data().plans.some((p) => p.id === plan.id)) throw new RejectedError('This plan is already there.');
      await store.update((d) => {
        d.plans.push(plan);
      });
      return plan;
    },
    async planAddTraining({ planId, trainingId, memberIds }) {
      const training = catalogue.current().trainings.find((t) => t.id === trainingId);
      if (!training) throw new RejectedError(`The catalogue has no training "${trainingId}".`);
      const known = new Set(store.data().members.map((m) => m.id));
      const unknown = memberIds.filter((id) => !known.has(id));
      if (unknown.length > 0) throw new RejectedError(`No team member has the id ${unknown[0]}.`);
      const { plan } = addTrainingToPlan(find(planId), training, memberIds, () => newId('i'));
      return buildPlanView(await replace(plan), context());
    },
    async planExport({ id, format }) {
      return { savedTo: await exportPlan(id, format) };
    },
  };
}
