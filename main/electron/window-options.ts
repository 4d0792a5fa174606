import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowOptionsInput {
  preloadPath: string;
  bounds?: WindowBounds;
  isDev: boolean;
  backgroundColor: string;
}

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;

/**
 * The one place the main window's options are decided. Every webPreferences
 * flag is spelled out, even where it equals Electron's default, so a change of
 * default in a future Electron cannot silently weaken the window.
 */
export function buildWindowOptions({ preloadPath, bounds, isDev, backgroundColor }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'TTA Navigator',
    backgroundColor,
    // Shown on ready-to-show so the user never sees an unpainted window.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Off: Chromium would download Hunspell dictionaries from Google on Windows and Linux.
      spellcheck: false,
      devTools: isDev,
    },
  };
}
