// Runs sandboxed and context-isolated: exposes the typed client's named functions as window.tta and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './preload-api';

contextBridge.exposeInMainWorld(
  'tta',
  buildPreloadApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
