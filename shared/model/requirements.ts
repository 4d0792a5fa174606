import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { slugSchema } from '../catalogue/schema';
import { recordIdSchema } from './team';
import { updatedBySchema } from './record-stamp';

/*
 * Requirement profiles: who must take what, how often. Stored in the user-data file
 * (`profiles`) and carried by the compliance channels. Types come from these schemas.
 */

const lineSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), 'Must fit on one line');

/** A training a requirement names: a catalogue one (with its title kept for when a newer catalogue retires it) or a custom one by title. */
export const requiredTrainingSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('catalogue'), trainingId: slugSchema, title: z.string().min(1).max(400) }),
  z.object({ kind: z.literal('custom'), title: lineSchema(300).pipe(z.string().min(1, 'Enter the training’s title')) }),
]));
export type RequiredTraining = z.infer<typeof requiredTrainingSchema>;

const monthSchema = lazySchema(() => z.number().int('Choose a month').min(1, 'Choose a month from 1 to 12').max(12, 'Choose a month from 1 to 12'));

/** How a period repeats: every N months after the last completion, or a fixed year starting in a month (1 = calendar year). */
export const cycleSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('rolling'), months: z.number().int('Enter whole months').min(1, 'At least 1 month').max(120, 'At most 120 months') }),
  z.object({ type: z.literal('yearly'), startMonth: monthSchema }),
]));
export type Cycle = z.infer<typeof cycleSchema>;

const trainingsSchema = lazySchema(() => z
  .array(requiredTrainingSchema)
  .min(1, 'Choose at least one training')
  .max(30, 'Name at most 30 trainings')
  .refine((list) => new Set(list.map(trainingRefKey)).size === list.length, 'A training is listed only once'));

const common = lazySchema(() => ({
  id: recordIdSchema,
  /** Months after joining that a new member has before the requirement is overdue; absent = due at once. */
  newMemberMonths: z.number().int('Enter whole months').min(1, 'At least 1 month').max(120, 'At most 120 months').optional(),
}));

export const hoursFilterSchema = lazySchema(() => z.object({
  families: z.array(slugSchema).max(50).default([]),
  topics: z.array(slugSchema).max(100).default([]),
  audiences: z.array(slugSchema).max(100).default([]),
}));
export type HoursFilter = z.infer<typeof hoursFilterSchema>;

export const requirementSchema = lazySchema(() => z.discriminatedUnion('kind', [
  /** Take it once (or any one of a set); a certificate that expires must be renewed. */
  z.object({ ...common, kind: z.literal('training'), trainings: trainingsSchema }),
  /** Take it again every period; grace days extend each deadline. */
  z.object({
    ...common,
    kind: z.literal('recurring'),
    trainings: trainingsSchema,
    cycle: cycleSchema,
    graceDays: z.number().int('Enter whole days').min(0).max(365, 'At most 365 days of grace').default(0),
  }),
  /** At least N hours in each period, optionally only from some families, topics or audiences. */
  z.object({
    ...common,
    kind: z.literal('hours'),
    label: lineSchema(200).pipe(z.string().min(1, 'Name the hours requirement, e.g. “Annual in-service hours”')),
    hours: z.number({ error: 'Enter the hours as a number' }).min(0.5, 'Ask for at least half an hour').max(10_000, 'At most 10,000 hours'),
    cycle: cycleSchema,
    /** Credit hours when a completion records them (falling back to clock hours), or always clock hours. */
    count: z.enum(['clock', 'credit']).default('clock'),
    filter: hoursFilterSchema.default({ families: [], topics: [], audiences: [] }),
  }),
]));
export type Requirement = z.infer<typeof requirementSchema>;
export type RequirementInput = z.input<typeof requirementSchema>;

/** Who a profile applies to: active members matching any of these (or everyone). */
export const appliesToSchema = lazySchema(() => z.object({
  everyone: z.boolean().default(false),
  /** Compared without regard to case or spacing. */
  roles: z.array(lineSchema(200).pipe(z.string().min(1))).max(100).default([]),
  agencies: z.array(lineSchema(200).pipe(z.string().min(1))).max(100).default([]),
  audiences: z.array(slugSchema).max(100).default([]),
  memberIds: z.array(recordIdSchema).max(10_000).default([]),
}));
export type AppliesTo = z.infer<typeof appliesToSchema>;

/** What the profile form sends; ids of the profile and its requirements are minted in main. */
export const profileFieldsSchema = lazySchema(() => z.object({
  name: lineSchema(200).pipe(z.string().min(1, 'Enter the profile’s name, e.g. “ICAC investigator”')),
  description: z.string().trim().max(2000, 'Use at most 2000 characters').default(''),
  appliesTo: appliesToSchema,
  requirements: z
    .array(requirementSchema)
    .max(100, 'A profile holds at most 100 requirements')
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'Each requirement has its own id'),
}));

export const profileDraftSchema = lazySchema(() => profileFieldsSchema.extend({
  requirements: z
    .array(
      z.discriminatedUnion('kind', [
        requirementSchema.options[0].extend({ id: recordIdSchema.optional() }),
        requirementSchema.options[1].extend({ id: recordIdSchema.optional() }),
        requirementSchema.options[2].extend({ id: recordIdSchema.optional() }),
      ]),
    )
    .max(100, 'A profile holds at most 100 requirements'),
}));
export type ProfileDraft = z.infer<typeof profileDraftSchema>;
export type ProfileDraftInput = z.input<typeof profileDraftSchema>;

export const profileSchema = lazySchema(() => profileFieldsSchema.extend({
  id: recordIdSchema,
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: updatedBySchema,
}));
export type Profile = z.infer<typeof profileSchema>;

/** The same key completions use (shared/team/team-index trainingKey): catalogue id, or the custom title ignoring case and spacing. */
export function trainingRefKey(t: RequiredTraining): string {
  return t.kind === 'catalogue' ? `id:${t.trainingId}` : `custom:${t.title.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}
