import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import type { AppInfo } from '../model/app-info';
import { settingsPatchSchema, type Settings } from '../model/settings';
import { channel } from './channel';

const none = lazySchema(() => z.undefined());

/** The Settings screen: the user's preferences and what About shows. */
export const settingsChannels = {
  /** Versions, data folder, the start-up data problem if any, and the automatic backups. */
  appInfo: channel<AppInfo>()(() => none),
  settingsGet: channel<Settings>()(() => none),
  settingsSet: channel<Settings>()(() => settingsPatchSchema),
} as const;
