/**
 * The pre-rendered first screen (docs/performance.md, "First results"): the build renders the
 * Catalogue with no query from the bundled catalogue into index.html; the page shows it before
 * the bundle runs only when the main side said, in the URL it loads, that the data is open and
 * the bundled catalogue with this key is the one in use.
 */

/** The URL query parameter that carries the key; absent when the template must not be shown. */
export const FIRST_SCREEN_PARAM = 'first-screen';

/** The one route the template holds: the Catalogue with no query (hash routing). */
export const FIRST_SCREEN_HASH = '#/catalogue';

/**
 * The height virtual lists are laid out for before they are measured: fixed, so the first frame
 * has the same rows in the pre-rendered markup and in the client's render (tall enough for a
 * 1440-pixel screen; taller windows get their remaining rows right after the first paint).
 */
export const FIRST_FRAME_HEIGHT = 1440;

/** The ids of the two templates: shortcut titles differ on macOS (⌘) and elsewhere (Ctrl). */
export function firstScreenTemplateId(mac: boolean): string {
  return mac ? 'first-screen-mac' : 'first-screen';
}

/** The search part of the URL the window loads: with the key when the template may be shown. */
export function firstScreenSearch(key: string | null): string {
  return key ? `?${FIRST_SCREEN_PARAM}=${encodeURIComponent(key)}` : '';
}
