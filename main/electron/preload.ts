// Runs sandboxed and context-isolated: exposes the typed client's named functions and onCommand as window.tta, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld(
  'tta',
  buildPreloadApi(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (channel, handler) => {
      const listener = (_event: IpcRendererEvent, payload: unknown) => handler(payload);
      ipcRenderer.on(channel, listener);
      return () => {
        ipcRenderer.removeListener(channel, listener);
      };
    },
  ),
);
