import * as z from 'zod';
import { certificateRefSchema } from '../model/certificate';
import { recordIdSchema, type Completion } from '../model/team';
import { channel } from './channel';

/** Certificate files kept with completions (main/services/certificates/). */
export const certificateChannels = {
  /** Asks for a PDF or image with the native dialog and keeps it with the record; change is null when the dialog was cancelled. */
  certificateAttach: channel<{ change: { before: Completion; after: Completion } | null }>()(() => z.object({ completionId: recordIdSchema }).strict()),
  /** Takes the certificate off the record (the file goes once no record names it and Undo is no longer possible). */
  certificateRemove: channel<{ before: Completion; after: Completion }>()(() => z.object({ completionId: recordIdSchema }).strict()),
  /** Undo of a remove or a replace: names a certificate still kept in the data folder on the record again. */
  certificatePutBack: channel<{ before: Completion; after: Completion }>()(() => z.object({ completionId: recordIdSchema, certificate: certificateRefSchema.nullable() }).strict()),
  /** Opens the record's certificate in the computer's viewer for PDFs or images. */
  certificateOpen: channel<{ fileName: string }>()(() => z.object({ completionId: recordIdSchema }).strict()),
  /** Asks where to save, then writes one ZIP of one member's certificates, or everyone's. */
  certificatesExport: channel<{ path: string | null; files: number; missing: number }>()(() => z.object({ memberId: recordIdSchema.optional() }).strict()),
} as const;
