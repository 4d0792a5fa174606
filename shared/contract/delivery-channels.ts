import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { deliveryFieldsSchema, deliverySchema, type Delivery } from '../model/delivery';
import type { Completion } from '../model/team';
import { isoDateOnlySchema, recordIdSchema } from '../model/team';
import type { DeliveryReport } from '../deliveries/delivery-report';
import { channel } from './channel';
import type { ExportResult } from './plan-channels';

const none = lazySchema(() => z.undefined());
const byId = lazySchema(() => z.object({ id: recordIdSchema }).strict());
const periodSchema = lazySchema(() => z
  .object({ start: isoDateOnlySchema, end: isoDateOnlySchema })
  .strict()
  .refine((p) => p.start <= p.end, { message: 'The period must end on or after its start', path: ['end'] }));

export const reportExportFormatSchema = lazySchema(() => z.enum(['pdf', 'csv']));
export type ReportExportFormat = z.infer<typeof reportExportFormatSchema>;

/** Deliveries of curricula and hosted trainings, and the delivery report for a period. */
export const deliveryChannels = {
  deliveriesList: channel<Delivery[]>()(() => none),
  deliveryCreate: channel<Delivery>()(() => deliveryFieldsSchema),
  /** Replaces a delivery's fields; its id and createdAt stay the app's. */
  deliverySave: channel<Delivery>()(() => deliverySchema),
  /** Removes a delivery and returns it, so the screen can offer undo through deliveryRestore. */
  deliveryDelete: channel<{ deleted: Delivery }>()(() => byId),
  deliveryRestore: channel<Delivery>()(() => z.object({ delivery: deliverySchema }).strict()),
  /**
   * Records the completion for every attendee who is a team member and has none for this
   * training on the delivery's last day; returns what it recorded (undo: completionsDelete).
   */
  deliveryRecordCompletions: channel<{ recorded: Completion[]; alreadyRecorded: number }>()(() => byId),
  deliveryReport: channel<DeliveryReport>()(() => periodSchema),
  /** Asks where to save, then writes the report for the period as CSV or PDF. */
  deliveryReportExport: channel<ExportResult>()(() => z.object({ period: periodSchema, format: reportExportFormatSchema }).strict()),
} as const;
