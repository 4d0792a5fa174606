import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { slugSchema } from '../catalogue/schema';
import { isoDateOnlySchema, lineSchema, recordIdSchema } from './team';
import { updatedBySchema } from './record-stamp';
import { catalogueRefFields, checkTrainingRef } from './training-ref';

/*
 * Training plans as stored in the user-data file and carried by the plan channels.
 * An item names a catalogue training (trainingId plus a title snapshot, so it still
 * reads well after a catalogue update drops it) or a custom one, like a completion.
 */

const textSchema = (max: number) => z.string().max(max, `Use at most ${max} characters`);

export const planPrioritySchema = lazySchema(() => z.enum(['high', 'medium', 'low']));
export type PlanPriority = z.infer<typeof planPrioritySchema>;

/** Where the coordinator is with arranging the item; progress per person comes from completions. */
export const planItemStatusSchema = lazySchema(() => z.enum(['planned', 'requested', 'confirmed', 'cancelled']));
export type PlanItemStatus = z.infer<typeof planItemStatusSchema>;

export const planCustomTrainingSchema = lazySchema(() => z.object({
  title: lineSchema(300).pipe(z.string().min(1, 'Enter the training’s title')),
  provider: lineSchema(200).default(''),
  hours: z.number().min(0).max(1000).optional(),
}));
export type PlanCustomTraining = z.infer<typeof planCustomTrainingSchema>;

const uniqueIds = (ids: readonly string[]) => new Set(ids).size === ids.length;

/** The fields a person edits on an item (ids and snapshots are the app's job). */
export const planItemFieldsSchema = lazySchema(() => z.object({
  assigneeIds: z.array(recordIdSchema).max(2000).default([]).refine(uniqueIds, 'A member is assigned only once'),
  targetDate: isoDateOnlySchema.optional(),
  priority: planPrioritySchema.default('medium'),
  status: planItemStatusSchema.default('planned'),
  notes: textSchema(2000).default(''),
}));

export const planItemSchema = lazySchema(() => planItemFieldsSchema
  .extend({
    id: recordIdSchema,
    ...catalogueRefFields,
    custom: planCustomTrainingSchema.optional(),
  })
  .superRefine(checkTrainingRef));
export type PlanItem = z.infer<typeof planItemSchema>;
export type PlanItemInput = z.input<typeof planItemSchema>;

export const planPeriodSchema = lazySchema(() => z
  .object({ start: isoDateOnlySchema, end: isoDateOnlySchema })
  .refine((p) => p.start <= p.end, { message: 'The period must end on or after its start', path: ['end'] }));
export type PlanPeriod = z.infer<typeof planPeriodSchema>;

/** What the plan form sends: everything but ids, items and bookkeeping. */
export const planFieldsSchema = lazySchema(() => z.object({
  name: lineSchema(200).pipe(z.string().min(1, 'Enter the plan’s name')),
  purpose: textSchema(4000).default(''),
  /** Catalogue audience ids the plan is for; suggestions favour them. */
  audienceFocus: z.array(slugSchema).max(100).default([]),
  period: planPeriodSchema,
  notes: textSchema(4000).default(''),
}));
export type PlanFields = z.infer<typeof planFieldsSchema>;
export type PlanFieldsInput = z.input<typeof planFieldsSchema>;

export const planSchema = lazySchema(() => planFieldsSchema
  .extend({
    id: recordIdSchema,
    archived: z.boolean().default(false),
    items: z.array(planItemSchema).max(5000).default([]),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    updatedBy: updatedBySchema,
  })
  .refine((p) => uniqueIds(p.items.map((i) => i.id)), { message: 'Item ids must be unique within a plan', path: ['items'] }));
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
