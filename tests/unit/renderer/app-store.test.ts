import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/api';
import { createBridge, type Envelope } from '../../../shared/client';

/**
 * A bridge whose replies the test releases one channel at a time, as a slow main process would.
 * Each reply is typed by the contract, so a fake that drifts from it fails the typecheck.
 */
function heldBridge() {
  const waiting = new Map<string, (reply: Envelope<unknown>) => void>();
  const bridge = createBridge((name) => new Promise((resolve) => waiting.set(name, resolve)));
  const release = <C extends ChannelName>(name: C, value: ChannelOutput<C>) => waiting.get(name)!({ ok: true, value });
  return { bridge, release, asked: () => [...waiting.keys()] };
}

const info: ChannelOutput<'appInfo'> = {
  appName: 'TTA Navigator',
  appVersion: '0.0.0-test',
  runtime: {},
  catalogue: { version: '1.0.0', date: '2026-01-01', origin: 'bundled' },
  dataFolder: '/data',
  dataFile: '/data/tta-navigator-data.json',
  dataProblem: null,
  saveProblem: null,
  backups: [],
  license: 'MIT',
};

describe('app store start-up', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('applies the settings (the theme) as soon as they arrive, without waiting for app info', async () => {
    const main = heldBridge();
    vi.stubGlobal('window', { tta: main.bridge });
    // early-requests asks for app info, settings, the catalogue and the unlock status when it loads.
    const { useAppStore } = await import('../../../renderer/app/app-store');
    expect(main.asked().sort()).toEqual(['appInfo', 'catalogueGet', 'settingsGet', 'unlockStatus']);

    const loading = useAppStore.getState().load();
    const settings: ChannelOutput<'settingsGet'> = { theme: 'dark', expiryWarningDays: 60, importMappings: [], signInMappings: [], osNotifications: false };
    main.release('settingsGet', settings);
    await vi.waitFor(() => expect(useAppStore.getState().settings).toEqual(settings));
    expect(useAppStore.getState().info).toBeNull();

    main.release('appInfo', info);
    await loading;
    expect(useAppStore.getState()).toMatchObject({ info, settings, error: null });
  });
});
