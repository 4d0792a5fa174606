import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { slugSchema, TRAINING_TITLE_MAX } from '../catalogue/schema';
import { isoDateOnlySchema, lineSchema, recordIdSchema } from './team';
import { updatedBySchema } from './record-stamp';

/*
 * A delivery: one time a curriculum (or a catalogue training the team hosted) was given.
 * Attendance is either counts (per audience and agency) or a list of attendees, for
 * example imported from a sign-in sheet; an attendee may be a team member.
 */

const textSchema = (max: number) => z.string().max(max, `Use at most ${max} characters`);

export const deliverySubjectSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('curriculum'), curriculumId: recordIdSchema, title: z.string().min(1).max(300) }).strict(),
  z.object({ kind: z.literal('training'), trainingId: slugSchema, title: z.string().min(1).max(TRAINING_TITLE_MAX) }).strict(),
]));
export type DeliverySubject = z.infer<typeof deliverySubjectSchema>;

/** People of one audience from one agency; either may be left blank ("not recorded"). */
export const attendanceCountSchema = lazySchema(() => z.object({
  audience: slugSchema.optional(),
  agency: lineSchema(200).default(''),
  count: z.number().int('Use a whole number of people').min(1, 'Count at least 1 person').max(100000),
}));
export type AttendanceCount = z.infer<typeof attendanceCountSchema>;

export const attendeeSchema = lazySchema(() => z.object({
  name: lineSchema(200).pipe(z.string().min(1, 'Enter the attendee’s name')),
  agency: lineSchema(200).default(''),
  audience: slugSchema.optional(),
  email: lineSchema(200).default(''),
  /** Set when the attendee is a team member: they can receive the completion. */
  memberId: recordIdSchema.optional(),
}));
export type Attendee = z.infer<typeof attendeeSchema>;

export const attendanceSchema = lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('counts'), counts: z.array(attendanceCountSchema).max(2000).default([]) }).strict(),
  z.object({ kind: z.literal('list'), attendees: z.array(attendeeSchema).max(20000).default([]) }).strict(),
]));
export type Attendance = z.infer<typeof attendanceSchema>;

/** What the delivery form sends. */
export const deliveryFieldsSchema = lazySchema(() => z
  .object({
    subject: deliverySubjectSchema,
    startDate: isoDateOnlySchema,
    endDate: isoDateOnlySchema,
    online: z.boolean().default(false),
    location: lineSchema(300).default(''),
    /** Training hours each attendee received. */
    hours: z.number().positive('Hours must be more than 0').max(1000, 'Hours are at most 1,000'),
    presenters: z.array(lineSchema(200).pipe(z.string().min(1))).max(50).default([]),
    /** Catalogue topic ids this delivery covered. */
    topics: z.array(slugSchema).max(100).default([]),
    attendance: attendanceSchema.default({ kind: 'counts', counts: [] }),
    /** Average of the attendees' evaluations, on a 1–5 scale. */
    evaluationAverage: z.number().min(1, 'The evaluation average is on a 1–5 scale').max(5, 'The evaluation average is on a 1–5 scale').optional(),
    notes: textSchema(4000).default(''),
  })
  .refine((d) => d.startDate <= d.endDate, { message: 'The delivery must end on or after its start', path: ['endDate'] }));
export type DeliveryFields = z.infer<typeof deliveryFieldsSchema>;
export type DeliveryFieldsInput = z.input<typeof deliveryFieldsSchema>;

export const deliverySchema = lazySchema(() => z.intersection(
  deliveryFieldsSchema,
  z.object({ id: recordIdSchema, createdAt: z.iso.datetime({ offset: true }), updatedAt: z.iso.datetime({ offset: true }), updatedBy: updatedBySchema }),
));
export type Delivery = z.infer<typeof deliverySchema>;
