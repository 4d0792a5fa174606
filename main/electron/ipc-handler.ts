import { channelNames, ipcChannel, type ChannelName } from '../../shared/channel-names';
import type { Envelope } from '../../shared/client';
import type { Dispatch } from '../dispatch';
import { isTrustedSender, type SenderEventLike } from './sender';

export type IpcHandler = (event: SenderEventLike, input: unknown) => Promise<Envelope<unknown>>;

/** Just the method of ipcMain we use, so registration can be tested with a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: IpcHandler): void;
}

/**
 * One channel's IPC listener: the sender is checked before anything else, then
 * the shared dispatcher validates the input and runs the handler.
 */
export function createIpcHandler(dispatch: Dispatch, getWindowId: () => number | null, name: ChannelName): IpcHandler {
  return async (event, input) => {
    if (!isTrustedSender(event, getWindowId())) {
      return { ok: false, error: { code: 'forbidden', message: `${name} was refused: the request did not come from the app window` } };
    }
    try {
      return await dispatch(name, input);
    } catch (error) {
      // dispatch reports failures as envelopes; this only keeps a surprise from reaching IPC as a raw Error.
      return { ok: false, error: { code: 'internal', message: `Something went wrong in ${name}: ${(error as Error)?.message ?? String(error)}` } };
    }
  };
}

/** Registers every channel of the contract, and only those, under its tta:<name> IPC name. */
export function registerAll(ipcMainLike: IpcMainLike, dispatch: Dispatch, getWindowId: () => number | null): void {
  for (const name of channelNames) {
    ipcMainLike.handle(ipcChannel(name), createIpcHandler(dispatch, getWindowId, name));
  }
}
