import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import {
  completionDraftSchema,
  completionSchema,
  memberFieldsSchema,
  memberSchema,
  recordIdSchema,
  type Completion,
  type Member,
} from '../model/team';
import { importFields, type ImportField } from '../team/csv-mapping';
import { importOptionsSchema } from '../team/import-options';
import { channel } from './channel';
import { openedVersionSchema } from './opened-version';

/** Enough for 100,000 completions plus headroom; a bound keeps a runaway payload out. */
const MAX_RECORDS = 250_000;
/** 50,000 LMS rows are ~10 MB; 64 MB leaves room without inviting abuse. */
const MAX_CSV_CHARS = 64 * 1024 * 1024;

export type TeamList = { epoch: string; unchanged: true } | { epoch: string; unchanged: false; members: Member[]; completions: Completion[] };
export interface MemberForgetResult {
  name: string;
  completions: number;
  backupsRewritten: number;
  movedAsideRewritten: number;
  unreadableDeleted: number;
}

export interface MemberWithRecords {
  member: Member;
  completions: Completion[];
}
export interface ImportOutcome {
  added: Completion[];
  newMembers: Member[];
  /** Rows left out because the same record was already there. */
  duplicates: number;
  /** Rows that were further days of a class, folded into one record on its last day. */
  classDays: number;
  /** Rows left out because their status or empty date says not completed. */
  notCompleted: number;
  /** Total/Count lines at the end, left out. */
  summaryRows: number;
  /** People not on the team whose rows were left out, as the coordinator chose. */
  notOnTeam: number;
  /** Rows dated after today, left out as the coordinator chose. */
  afterToday: number;
}

const columnSchema = lazySchema(() => z.number().int().min(0).max(10_000).nullable());
const mappingSchema = lazySchema(() => z.object(Object.fromEntries(importFields.map((f) => [f, columnSchema])) as Record<ImportField, typeof columnSchema>).strict());

/** What the CSV import sends: the file's text and how its columns map to fields. */
export type CompletionsImportInput = z.input<typeof teamChannels.completionsImport.input>;

/** Members, their completed trainings, CSV import and export. */
export const teamChannels = {
  /**
   * Everything, unless the caller's copy is current: `epoch` changes only when the
   * whole data set is replaced (a backup restore), so screens reload only then.
   */
  teamList: channel<TeamList>()(() => z.object({ knownEpoch: z.string().max(100).optional() }).strict()),
  memberCreate: channel<Member>()(() => memberFieldsSchema.strict()),
  /**
   * Returns the member before and after, so the screen can offer to undo. `expectedUpdatedAt`:
   * the version the edit form was opened on; if the stored member changed since (another
   * coordinator's change arrived), the save is refused as 'changed-meanwhile'.
   */
  memberUpdate: channel<{ before: Member; after: Member }>()(() =>
    z.object({ id: recordIdSchema, fields: memberFieldsSchema.strict(), expectedUpdatedAt: openedVersionSchema }).strict(),
  ),
  /** Deletes the member and all their completions; returns both for undo. */
  memberDelete: channel<MemberWithRecords>()(() => z.object({ id: recordIdSchema }).strict()),
  /**
   * Delete permanently: the member and their records leave the data file, every automatic
   * backup and every set-aside copy. No undo.
   */
  memberForget: channel<MemberForgetResult>()(() => z.object({ id: recordIdSchema }).strict()),
  /** Puts back what memberDelete removed. */
  memberRestore: channel<MemberWithRecords>()(() => 
    z.object({ member: memberSchema, completions: z.array(completionSchema).max(MAX_RECORDS) }).strict(),
  ),
  /** One completion per member, all with the same training and details. */
  completionsRecord: channel<Completion[]>()(() => 
    z
      .object({
        memberIds: z.array(recordIdSchema).min(1, 'Choose at least one member').max(10_000),
        draft: completionDraftSchema,
      })
      .strict(),
  ),
  completionUpdate: channel<{ before: Completion; after: Completion }>()(() =>
    z.object({ id: recordIdSchema, memberId: recordIdSchema, draft: completionDraftSchema, expectedUpdatedAt: openedVersionSchema }).strict(),
  ),
  completionsDelete: channel<Completion[]>()(() => z.object({ ids: z.array(recordIdSchema).min(1).max(MAX_RECORDS) }).strict()),
  completionsRestore: channel<Completion[]>()(() => z.object({ completions: z.array(completionSchema).min(1).max(MAX_RECORDS) }).strict()),
  /** Checks every row again on the main side and saves all of them or none. */
  completionsImport: channel<ImportOutcome>()(() => 
    z
      .object({
        fileName: z.string().max(260),
        text: z.string().max(MAX_CSV_CHARS, 'The file is larger than 64 MB; split it into smaller files'),
        mapping: mappingSchema,
        options: importOptionsSchema,
        createMissingMembers: z.boolean(),
      })
      .strict(),
  ),
  /** Asks where to save, then writes one CSV row per completion (all, or one member's). */
  completionsExport: channel<{ path: string | null; rows: number }>()(() => z.object({ memberId: recordIdSchema.optional() }).strict()),
} as const;
