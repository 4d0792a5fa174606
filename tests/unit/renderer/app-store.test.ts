import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBridge, type Envelope } from '../../../shared/client';

/** A bridge whose replies the test releases one channel at a time, as a slow main process would. */
function heldBridge() {
  const waiting = new Map<string, (reply: Envelope<unknown>) => void>();
  const bridge = createBridge((name) => new Promise((resolve) => waiting.set(name, resolve)));
  const release = (name: string, value: unknown) => waiting.get(name)!({ ok: true, value });
  return { bridge, release, asked: () => [...waiting.keys()] };
}

describe('app store start-up', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('applies the settings (the theme) as soon as they arrive, without waiting for app info', async () => {
    const main = heldBridge();
    vi.stubGlobal('window', { tta: main.bridge });
    // early-requests asks for app info, settings and the catalogue when it loads.
    const { useAppStore } = await import('../../../renderer/app/app-store');
    expect(main.asked().sort()).toEqual(['appInfo', 'catalogueGet', 'settingsGet']);

    const loading = useAppStore.getState().load();
    const settings = { theme: 'dark', renewalWarningDays: 60 };
    main.release('settingsGet', settings);
    await vi.waitFor(() => expect(useAppStore.getState().settings).toEqual(settings));
    expect(useAppStore.getState().info).toBeNull();

    const info = { appName: 'TTA Navigator' };
    main.release('appInfo', info);
    await loading;
    expect(useAppStore.getState()).toMatchObject({ info, settings, error: null });
  });
});
