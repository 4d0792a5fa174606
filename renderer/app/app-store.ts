import { create } from 'zustand';
import type { AppInfo } from '../../shared/model/app-info';
import type { Settings, SettingsPatch } from '../../shared/model/settings';
import { tta } from './tta';
import { takeEarlyInfo } from './early-requests';
import { onDataReplaced } from './data-replaced';
import { errorMessage } from './errors';

interface AppState {
  info: AppInfo | null;
  settings: Settings | null;
  /** A failure talking to the main side, shown in the frame instead of a blank screen. */
  error: string | null;
  load(): Promise<void>;
  refreshInfo(): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<void>;
}

let inflight: Promise<void> | null = null;

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  settings: null,
  error: null,
  load() {
    // Calls made while a load is under way share it.
    inflight ??= (async () => {
      try {
        const early = takeEarlyInfo();
        // Settings (the theme) apply as soon as they arrive: app info lists the backups, which
        // waits for the start-up backup (about half a second with 100,000 records).
        const settingsReply = (early?.settings ?? tta().settingsGet()).then((settings) => {
          set({ settings });
          return settings;
        });
        const [info, settings] = await Promise.all([early?.appInfo ?? tta().appInfo(), settingsReply]);
        set({ info, settings, error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  },
  async refreshInfo() {
    try {
      set({ info: await tta().appInfo() });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  async updateSettings(patch) {
    // Optimistic: controls reflect the choice at once; the saved value (or the old one on failure) follows.
    const before = get().settings;
    if (before) set({ settings: { ...before, ...patch } });
    try {
      set({ settings: await tta().settingsSet(patch) });
    } catch (error) {
      set({ settings: before, error: `Your setting could not be saved: ${errorMessage(error)}` });
    }
  },
}));

// A restore brings other settings and a new list of backups.
onDataReplaced(() => void useAppStore.getState().load());
