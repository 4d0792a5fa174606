import { z } from 'zod';
import type { AppInfo, BackupInfo } from './model/app-info';
import type { Catalogue } from './catalogue/schema';
import { settingsPatchSchema, type Settings } from './model/settings';

/**
 * The one API contract between the renderer and the main process.
 * Every channel appears here once: its input schema (checked before any handler
 * runs) and its output type. main/api.ts implements them all; the preload and
 * the e2e harness reach them through createClient in shared/client.ts.
 */
interface Channel<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom field: carries the output type only. */
  readonly output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

const none = z.undefined();

export const channels = {
  appInfo: channel<AppInfo>()(none),
  settingsGet: channel<Settings>()(none),
  settingsSet: channel<Settings>()(settingsPatchSchema),
  catalogueGet: channel<Catalogue>()(none),
  backupsList: channel<BackupInfo[]>()(none),
  /** Restores a named backup, or the newest one that validates when no name is given. */
  backupRestore: channel<{ restored: string }>()(
    z.object({ name: z.string().regex(/^[\w.-]+\.json$/).optional() }).strict(),
  ),
  /** Asks the main side to open an https link in the system browser. */
  openExternal: channel<{ opened: boolean }>()(z.object({ url: z.string().max(2048) }).strict()),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Channels[C]['output']>;

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/** The IPC channel string used on the Electron transport. */
export function ipcChannel(name: ChannelName): string {
  return `tta:${name}`;
}
