import { ipcChannel } from '../../shared/channel-names';
import { createBridge, type Bridge, type Envelope } from '../../shared/client';
import { MENU_COMMAND_CHANNEL, isMenuCommand, type CommandSubscription, type MenuCommand } from '../../shared/menu-commands';

export type IpcInvoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Listens on one main → renderer channel and returns the unsubscribe function.
 * The handler receives only the payload: never the IpcRendererEvent, whose
 * `sender` is ipcRenderer itself.
 */
export type IpcSubscribe = (channel: string, handler: (payload: unknown) => void) => () => void;

/**
 * The contract's functions resolve to envelopes (errors as data: contextBridge would
 * drop an error's code and details); the renderer turns them into a throwing client.
 */
export type PreloadApi = Bridge & CommandSubscription;

/** How many commands sent before the app listens are kept: a few keystrokes during launch, not a backlog. */
export const EARLY_COMMAND_LIMIT = 5;

/**
 * window.tta.onCommand: menu commands from the main process. Only an id from the
 * fixed list in shared/menu-commands.ts ever reaches a listener; anything else
 * sent on the channel is dropped. The preload listens from the start, so a menu
 * command chosen while the window is still loading (before React has subscribed)
 * waits for the first listener instead of being lost.
 */
export function buildCommandSubscription(ipcSubscribe: IpcSubscribe): CommandSubscription {
  const listeners = new Set<(command: MenuCommand) => void>();
  const early: MenuCommand[] = [];
  ipcSubscribe(MENU_COMMAND_CHANNEL, (payload) => {
    if (!isMenuCommand(payload)) return;
    if (listeners.size === 0) {
      early.push(payload);
      if (early.length > EARLY_COMMAND_LIMIT) early.shift();
      return;
    }
    for (const listener of [...listeners]) listener(payload);
  });
  return {
    onCommand(listener: (command: MenuCommand) => void) {
      if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
      listeners.add(listener);
      for (const command of early.splice(0)) listener(command);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * What the preload hands to contextBridge: the typed client's named functions and
 * onCommand only. ipcRenderer stays captured inside the two callbacks and is never exposed.
 */
export function buildPreloadApi(ipcInvoke: IpcInvoke, ipcSubscribe: IpcSubscribe): PreloadApi {
  return {
    ...createBridge((name, input) => ipcInvoke(ipcChannel(name), input) as Promise<Envelope<unknown>>),
    ...buildCommandSubscription(ipcSubscribe),
  };
}
