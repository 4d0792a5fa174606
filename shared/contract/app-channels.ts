import { z } from 'zod';
import type { AppInfo, BackupInfo, CatalogueSummary } from '../model/app-info';
import type { Catalogue } from '../catalogue/schema';
import { settingsPatchSchema, type Settings } from '../model/settings';
import { channel } from './channel';

const none = z.undefined();

export type CatalogueImportResult = { imported: false } | { imported: true; version: string; date: string; retiredIds: string[] };

/** App-wide channels: info, settings, catalogue, backups, external links. */
export const appChannels = {
  appInfo: channel<AppInfo>()(none),
  settingsGet: channel<Settings>()(none),
  settingsSet: channel<Settings>()(settingsPatchSchema),
  catalogueGet: channel<Catalogue>()(none),
  /** Asks for a catalogue file, validates all of it, and switches to it only if it is valid and newer. */
  catalogueImport: channel<CatalogueImportResult>()(none),
  catalogueRevert: channel<CatalogueSummary>()(none),
  backupsList: channel<BackupInfo[]>()(none),
  /** Restores a named backup, or the newest one that validates when no name is given. */
  backupRestore: channel<{ restored: string }>()(z.object({ name: z.string().regex(/^[\w.-]+\.json$/).optional() }).strict()),
  /** Asks the main side to open an https link in the system browser. */
  openExternal: channel<{ opened: boolean }>()(z.object({ url: z.string().max(2048) }).strict()),
} as const;
