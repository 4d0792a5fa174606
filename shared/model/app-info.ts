import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/** One record the start-up check could not use: which list, which record, which field and why. */
export const setAsideRecordSchema = lazySchema(() => z.object({
  list: z.enum(['settings', 'members', 'completions', 'plans', 'profiles', 'curricula', 'deliveries']),
  /** Position in the list as the file held it; null for settings or a whole list that was not a list. */
  index: z.number().int().nullable(),
  /** The record's id when it had a readable one. */
  id: z.string().nullable(),
  /** Field inside the record, e.g. "name" or "items[2].notes"; "(whole record)" when the record itself is wrong. */
  field: z.string(),
  why: z.string(),
}));
export type SetAsideRecord = z.infer<typeof setAsideRecordSchema>;

/** What went wrong with the data file when the app started, if anything. */
export const dataProblemSchema = lazySchema(() => z.object({
  /** records-set-aside: every valid record was loaded; only the records listed in setAside were not. */
  kind: z.enum(['unreadable', 'invalid-json', 'invalid-shape', 'future-version', 'migration-failed', 'records-set-aside']),
  /** Plain-language explanation for the coordinator, naming the file and the field where known. */
  message: z.string(),
  /** Where the damaged file was moved; it is never overwritten or deleted. */
  quarantinedPath: z.string(),
  detectedAt: z.string(),
  /** File name of the newest backup that validates, if there is one to restore. */
  restorableBackup: z.string().nullable(),
  /** records-set-aside: the problems found, one line per field (at most SET_ASIDE_LISTED; setAsideCount has the total). */
  setAside: z.array(setAsideRecordSchema).optional(),
  /** How many records were set aside in all. */
  setAsideCount: z.number().int().optional(),
  /** The side file holding the set-aside records and why (written like the data file, so encrypted when it is). */
  setAsidePath: z.string().optional(),
}));
export type DataProblem = z.infer<typeof dataProblemSchema>;

/** Why changes are not being saved right now; the app-wide banner shows it with *Try again*. */
export const saveProblemSchema = lazySchema(() => z.object({
  kind: z.enum(['write-failed', 'changed-on-disk', 'locked', 'unreadable']),
  message: z.string(),
  since: z.string(),
}));
export type SaveProblem = z.infer<typeof saveProblemSchema>;

export const backupInfoSchema = lazySchema(() => z.object({
  name: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
}));
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const catalogueSummarySchema = lazySchema(() => z.object({
  version: z.string(),
  date: z.string(),
  /** 'bundled' ships with the app; 'imported' came from a newer file the user chose. */
  origin: z.enum(['bundled', 'imported']),
}));
export type CatalogueSummary = z.infer<typeof catalogueSummarySchema>;

export const appInfoSchema = lazySchema(() => z.object({
  appName: z.string(),
  appVersion: z.string(),
  /** Electron/Chromium/Node versions when running inside Electron; absent in the browser harness. */
  runtime: z.record(z.string(), z.string()),
  catalogue: catalogueSummarySchema,
  /** Written %APPDATA%\… or ~/… (shared/support-path.ts), so it can go into a ticket as it is. */
  dataFolder: z.string(),
  dataFile: z.string(),
  dataProblem: dataProblemSchema.nullable(),
  saveProblem: saveProblemSchema.nullable(),
  backups: z.array(backupInfoSchema),
  license: z.string(),
}));
export type AppInfo = z.infer<typeof appInfoSchema>;
