import { z } from 'zod';

/** What went wrong with the data file when the app started, if anything. */
export const dataProblemSchema = z.object({
  kind: z.enum(['unreadable', 'invalid-json', 'invalid-shape', 'future-version', 'migration-failed']),
  /** Plain-language explanation for the coordinator, naming the file and the field where known. */
  message: z.string(),
  /** Where the damaged file was moved; it is never overwritten or deleted. */
  quarantinedPath: z.string(),
  detectedAt: z.string(),
  /** File name of the newest backup that validates, if there is one to restore. */
  restorableBackup: z.string().nullable(),
});
export type DataProblem = z.infer<typeof dataProblemSchema>;

/** Why changes are not being saved right now; the app-wide banner shows it with *Try again*. */
export const saveProblemSchema = z.object({
  kind: z.enum(['write-failed', 'changed-on-disk', 'locked', 'unreadable']),
  message: z.string(),
  since: z.string(),
});
export type SaveProblem = z.infer<typeof saveProblemSchema>;

export const backupInfoSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const catalogueSummarySchema = z.object({
  version: z.string(),
  date: z.string(),
  /** 'bundled' ships with the app; 'imported' came from a newer file the user chose. */
  origin: z.enum(['bundled', 'imported']),
});
export type CatalogueSummary = z.infer<typeof catalogueSummarySchema>;

export const appInfoSchema = z.object({
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
});
export type AppInfo = z.infer<typeof appInfoSchema>;
