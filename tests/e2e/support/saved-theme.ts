import { openStore } from '../../../main/services/store';

/**
 * A StartOptions.prepare that runs `before` (e.g. seeding a team) and then saves `theme` in
 * the data file, as the Settings screen would: each axe test opens its one screen in the
 * theme directly instead of clicking through Settings first.
 */
export function savedTheme(theme: 'light' | 'dark', before: (dir: string) => Promise<void> = async () => undefined) {
  return async (dir: string) => {
    await before(dir);
    const store = await openStore({ dir });
    await store.update((d) => {
      d.settings.theme = theme;
    });
    await store.idle();
  };
}
