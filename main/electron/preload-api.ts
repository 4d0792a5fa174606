import { ipcChannel } from '../../shared/channel-names';
import { createClient, type Client, type Envelope } from '../../shared/client';

export type IpcInvoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * What the preload hands to contextBridge: the typed client's named functions
 * only. ipcRenderer stays captured inside ipcInvoke and is never exposed.
 */
export function buildPreloadApi(ipcInvoke: IpcInvoke): Client {
  return createClient((name, input) => ipcInvoke(ipcChannel(name), input) as Promise<Envelope<unknown>>);
}
