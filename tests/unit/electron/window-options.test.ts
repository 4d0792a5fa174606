import { describe, it, expect } from 'vitest';
import { buildWindowOptions, DEFAULT_HEIGHT, DEFAULT_WIDTH } from '../../../main/electron/window-options';

const base = { preloadPath: '/app/out/preload/preload.cjs', isDev: false, backgroundColor: '#ffffff' };

describe('buildWindowOptions', () => {
  it('locks down every webPreference on the security checklist', () => {
    const prefs = buildWindowOptions(base).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
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
      spellcheck: false,
    });
  });

  it('turns on no extra Blink features and passes no extra arguments to the renderer (checklist item 10)', () => {
    for (const isDev of [false, true]) {
      const prefs = buildWindowOptions({ ...base, isDev }).webPreferences;
      expect(prefs?.enableBlinkFeatures).toBeUndefined();
      expect(prefs?.additionalArguments).toBeUndefined();
    }
  });

  it('enables DevTools only in development', () => {
    expect(buildWindowOptions(base).webPreferences?.devTools).toBe(false);
    expect(buildWindowOptions({ ...base, isDev: true }).webPreferences?.devTools).toBe(true);
  });

  it('keeps the security flags identical in development', () => {
    const { devTools: _p, ...prod } = buildWindowOptions(base).webPreferences ?? {};
    const { devTools: _d, ...dev } = buildWindowOptions({ ...base, isDev: true }).webPreferences ?? {};
    expect(dev).toEqual(prod);
  });

  it('starts hidden, titled, with the minimum size and background colour', () => {
    const options = buildWindowOptions({ ...base, backgroundColor: '#1b1b1f' });
    expect(options).toMatchObject({ show: false, title: 'TTA Navigator', minWidth: 960, minHeight: 640, backgroundColor: '#1b1b1f' });
  });

  it('uses default size without position when no bounds are given, and the given bounds otherwise', () => {
    const fresh = buildWindowOptions(base);
    expect(fresh).toMatchObject({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT });
    expect(fresh.x).toBeUndefined();
    expect(fresh.y).toBeUndefined();
    expect(buildWindowOptions({ ...base, bounds: { x: 10, y: 20, width: 1000, height: 700 } })).toMatchObject({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
    });
  });
});
