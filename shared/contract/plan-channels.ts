import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { slugSchema } from '../catalogue/schema';
import { planCustomTrainingSchema, planFieldsSchema, planSchema, type Plan } from '../model/plan';
import { recordIdSchema } from '../model/team';
import type { Counts } from '../plans/progress';
import type { PlanView } from '../plans/plan-view';
import { channel } from './channel';

const none = lazySchema(() => z.undefined());
const byId = lazySchema(() => z.object({ id: recordIdSchema }).strict());

/** One row of the plans list: the plan and its headline figures. */
export interface PlanSummary {
  plan: Plan;
  totals: Counts;
  /** Members assigned to at least one counted item. */
  people: number;
}

/** What an export did: the path written, or null when the user cancelled the save dialog. */
export interface ExportResult {
  savedTo: string | null;
}

export const planExportFormatSchema = lazySchema(() => z.enum(['pdf', 'csv', 'ics']));
export type PlanExportFormat = z.infer<typeof planExportFormatSchema>;

/** Training plans: list, edit, progress and gap analysis (as a PlanView), exports. */
export const planChannels = {
  plansList: channel<PlanSummary[]>()(() => none),
  planGet: channel<PlanView>()(() => byId),
  planCreate: channel<Plan>()(() => planFieldsSchema.strict()),
  /**
   * Replaces a plan's fields and items (edits, reorders, undo of an item removal); ids and
   * createdAt stay the app's, and it may name only trainings and members the app knows
   * (shared/plans/plan-references.ts), like every other plan write.
   */
  planSave: channel<PlanView>()(() => planSchema),
  planDuplicate: channel<Plan>()(() => byId),
  planArchive: channel<Plan>()(() => z.object({ id: recordIdSchema, archived: z.boolean() }).strict()),
  /** Removes a plan and returns it, so the screen can offer undo through planRestore. */
  planDelete: channel<{ deleted: Plan }>()(() => byId),
  planRestore: channel<Plan>()(() => z.object({ plan: planSchema }).strict()),
  /** Adds a catalogue training to a plan for the given members, or assigns them if it is already there. */
  planAddTraining: channel<PlanView>()(() => 
    z.object({ planId: recordIdSchema, trainingId: slugSchema, memberIds: z.array(recordIdSchema).max(2000).default([]) }).strict(),
  ),
  /** Adds a training that is not in the catalogue; the main side gives the item its id. */
  planAddCustom: channel<PlanView>()(() => z.object({ planId: recordIdSchema, custom: planCustomTrainingSchema.strict() }).strict()),
  /** Asks where to save, then writes the plan as PDF, CSV or an iCalendar file of its dated items. */
  planExport: channel<ExportResult>()(() => z.object({ id: recordIdSchema, format: planExportFormatSchema }).strict()),
} as const;
