import { z } from 'zod';
import { channel } from './channel';

const none = z.undefined();

export type DataRestoreResult =
  | { restored: false }
  | { restored: true; fileName: string; members: number; completions: number; plans: number };

/** Backup and restore of all user data as one JSON file the user keeps. */
export const dataChannels = {
  /** Asks where to save, then writes members, completions, plans and settings as one JSON file. */
  dataExport: channel<{ savedTo: string | null }>()(none),
  /** Asks for a backup file, validates all of it, backs up the current data, then replaces it. */
  dataRestore: channel<DataRestoreResult>()(none),
  /** *Try again* on the "Changes are not being saved" banner; reloaded: the data shown must be fetched again. */
  dataSaveRetry: channel<{ reloaded: boolean }>()(none),
} as const;
