import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { curriculumFieldsSchema, curriculumSchema, moduleFieldsSchema, type Curriculum } from '../model/curriculum';
import { recordIdSchema } from '../model/team';
import { channel } from './channel';
import type { ExportResult } from './plan-channels';

const none = lazySchema(() => z.undefined());
const byId = lazySchema(() => z.object({ id: recordIdSchema }).strict());

export const agendaExportFormatSchema = lazySchema(() => z.enum(['pdf', 'csv', 'ics']));
export type AgendaExportFormat = z.infer<typeof agendaExportFormatSchema>;

/** Trainers' curricula: modules with materials, the schedule, the agenda exports. */
export const curriculumChannels = {
  curriculaList: channel<Curriculum[]>()(() => none),
  curriculumGet: channel<Curriculum>()(() => byId),
  /** A new curriculum; with fromId it starts from that one's modules and schedule. */
  curriculumCreate: channel<Curriculum>()(() => z.object({ fields: curriculumFieldsSchema.strict(), fromId: recordIdSchema.optional() }).strict()),
  /**
   * Replaces a curriculum's fields, modules and schedule (edits, reorders, undo); ids and
   * createdAt stay the app's, and catalogue materials must be in the catalogue (or kept from before).
   */
  curriculumSave: channel<Curriculum>()(() => curriculumSchema),
  /** Adds a module at the end; the main side gives it its id. */
  curriculumAddModule: channel<Curriculum>()(() => z.object({ curriculumId: recordIdSchema, module: moduleFieldsSchema.strict() }).strict()),
  curriculumDuplicate: channel<Curriculum>()(() => byId),
  /** Removes a curriculum and returns it, so the screen can offer undo through curriculumRestore. */
  curriculumDelete: channel<{ deleted: Curriculum }>()(() => byId),
  curriculumRestore: channel<Curriculum>()(() => z.object({ curriculum: curriculumSchema }).strict()),
  /** Asks where to save, then writes the agenda as PDF, CSV or an iCalendar file of its scheduled modules. */
  curriculumExport: channel<ExportResult>()(() => z.object({ id: recordIdSchema, format: agendaExportFormatSchema }).strict()),
} as const;
