import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { httpsUrlSchema, slugSchema, TRAINING_TITLE_MAX } from '../catalogue/schema';
import { isoDateOnlySchema, lineSchema, recordIdSchema } from './team';
import { updatedBySchema } from './record-stamp';

/*
 * Curricula a trainer composes: ordered modules with their materials, laid on days.
 * Stored in the user-data file and carried by the curriculum channels. A material names
 * a catalogue training or resource (by id with a title snapshot, so it still reads well
 * after a catalogue update drops it) or a custom item with a link or a note.
 */

const textSchema = (max: number) => z.string().max(max, `Use at most ${max} characters`);
const uniqueIds = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const moduleMethodSchema = lazySchema(() => z.enum(['presentation', 'exercise', 'case-study', 'discussion', 'practicum']));
export type ModuleMethod = z.infer<typeof moduleMethodSchema>;

const snapshotTitle = lazySchema(() => z.string().min(1).max(TRAINING_TITLE_MAX));

export const materialSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('training'), trainingId: slugSchema, title: snapshotTitle }).strict(),
  z.object({ kind: z.literal('resource'), resourceId: slugSchema, title: snapshotTitle }).strict(),
  z
    .object({
      kind: z.literal('custom'),
      title: lineSchema(300).pipe(z.string().min(1, 'Enter the material’s title')),
      link: httpsUrlSchema.optional(),
      note: textSchema(2000).default(''),
    })
    .strict()
    .refine((m) => m.link !== undefined || m.note.trim() !== '', { message: 'Give the material a link or a note', path: ['link'] }),
]));
export type Material = z.infer<typeof materialSchema>;
export type MaterialInput = z.input<typeof materialSchema>;

/** What a person edits on a module (its id is the app's). */
export const moduleFieldsSchema = lazySchema(() => z.object({
  title: lineSchema(300).pipe(z.string().min(1, 'Enter the module’s title')),
  minutes: z.number().int('Use whole minutes').min(1, 'A module lasts at least 1 minute').max(1440, 'A module lasts at most 1,440 minutes (a day)'),
  objectives: textSchema(4000).default(''),
  method: moduleMethodSchema.default('presentation'),
  presenter: lineSchema(200).default(''),
  materials: z.array(materialSchema).max(100).default([]),
}));
export type ModuleFields = z.infer<typeof moduleFieldsSchema>;
export type ModuleFieldsInput = z.input<typeof moduleFieldsSchema>;

export const curriculumModuleSchema = lazySchema(() => moduleFieldsSchema.extend({ id: recordIdSchema }));
export type CurriculumModule = z.infer<typeof curriculumModuleSchema>;

/** A time of day, 24-hour "HH:MM". */
export const timeOfDaySchema = lazySchema(() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written HH:MM (24-hour)'));

export const scheduleEntrySchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('module'), moduleId: recordIdSchema }).strict(),
  z
    .object({
      kind: z.literal('break'),
      label: lineSchema(100).pipe(z.string().min(1, 'Name the break (Lunch, Break…)')),
      minutes: z.number().int('Use whole minutes').min(1, 'A break lasts at least 1 minute').max(600),
    })
    .strict(),
]));
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

/** One day of the schedule: the entries run back to back from the start time. */
export const scheduleDaySchema = lazySchema(() => z.object({
  date: isoDateOnlySchema,
  start: timeOfDaySchema,
  entries: z.array(scheduleEntrySchema).max(200).default([]),
}));
export type ScheduleDay = z.infer<typeof scheduleDaySchema>;

/** What the curriculum form sends: everything but ids, modules, schedule and bookkeeping. */
export const curriculumFieldsSchema = lazySchema(() => z.object({
  title: lineSchema(200).pipe(z.string().min(1, 'Enter the curriculum’s title')),
  purpose: textSchema(4000).default(''),
  /** Catalogue audience ids the curriculum is written for. */
  audiences: z.array(slugSchema).max(100).default([]),
  /** Catalogue format id (in person, online…), or none yet. */
  format: slugSchema.optional(),
  /** The stated total length in minutes; module minutes are checked against it. */
  lengthMinutes: z.number().int('Use whole minutes').min(1, 'The length is at least 1 minute').max(60000).optional(),
  objectives: textSchema(4000).default(''),
}));
export type CurriculumFields = z.infer<typeof curriculumFieldsSchema>;
export type CurriculumFieldsInput = z.input<typeof curriculumFieldsSchema>;

export const curriculumSchema = lazySchema(() => curriculumFieldsSchema
  .extend({
    id: recordIdSchema,
    modules: z.array(curriculumModuleSchema).max(500).default([]),
    days: z.array(scheduleDaySchema).max(60).default([]),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    updatedBy: updatedBySchema,
  })
  .superRefine((c, ctx) => {
    if (!uniqueIds(c.modules.map((m) => m.id))) ctx.addIssue({ code: 'custom', path: ['modules'], message: 'Module ids must be unique within a curriculum' });
    const known = new Set(c.modules.map((m) => m.id));
    const placed = new Set<string>();
    c.days.forEach((day, d) =>
      day.entries.forEach((entry, e) => {
        if (entry.kind !== 'module') return;
        if (!known.has(entry.moduleId)) ctx.addIssue({ code: 'custom', path: ['days', d, 'entries', e], message: 'The schedule names a module this curriculum does not have' });
        else if (placed.has(entry.moduleId)) ctx.addIssue({ code: 'custom', path: ['days', d, 'entries', e], message: 'A module is placed on the schedule only once' });
        placed.add(entry.moduleId);
      }),
    );
  }));
export type Curriculum = z.infer<typeof curriculumSchema>;
export type CurriculumInput = z.input<typeof curriculumSchema>;
