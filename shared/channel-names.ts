/**
 * The contract's channel names, without zod, so the sandboxed preload bundle stays
 * small. shared/api.ts fails to compile if this list and its channels drift apart.
 */
export const channelNames = ['appInfo', 'settingsGet', 'settingsSet', 'catalogueGet', 'backupsList', 'backupRestore', 'openExternal'] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name);
}

/** The IPC channel string used on the Electron transport. */
export function ipcChannel(name: ChannelName): string {
  return `tta:${name}`;
}
