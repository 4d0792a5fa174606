import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/*
 * Who changed a shared record last, and when: every write sets both (the store stamps each
 * record a change adds or replaces, main/services/record-stamps.ts), so another coordinator
 * sees it next to the change. Optional in the schema only so that records written before
 * schema 5 by hand-made files still load; the schema-5 migration gives every stored record both.
 */

/** The coordinator's name (Settings › Sharing); empty when it was not recorded (before names were kept). */
export const updatedBySchema = lazySchema(() => z.string().trim().max(200, 'Use at most 200 characters').optional());

export const recordStampFields = lazySchema(() => ({
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  updatedBy: updatedBySchema,
}));
