/**
 * The pre-rendered first screens (docs/performance.md, "First results"): the build renders the
 * Start screen and the Catalogue with no query from the bundled catalogue into index.html; the
 * page shows one before the bundle runs only when the main side said, in the URL it loads, that
 * the data is open and the bundled catalogue with this key is the one in use.
 */

/** The URL query parameter that carries the key; absent when no template may be shown. */
export const FIRST_SCREEN_PARAM = 'first-screen';

/** The screens pre-rendered, each with its route and the location hashes that open it (hash routing). */
export const FIRST_SCREENS = [
  { id: 'start', path: '/', hashes: ['', '#', '#/'] },
  { id: 'catalogue', path: '/catalogue', hashes: ['#/catalogue'] },
] as const;

export type FirstScreen = (typeof FIRST_SCREENS)[number];

/** The pre-rendered screen a location hash opens, if any (a query or another route: none). */
export function firstScreenFor(hash: string): FirstScreen | undefined {
  return FIRST_SCREENS.find((s) => (s.hashes as readonly string[]).includes(hash));
}

/**
 * The height virtual lists are laid out for before they are measured: fixed, so the first frame
 * has the same rows in the pre-rendered markup and in the client's render (tall enough for a
 * 1440-pixel screen; taller windows get their remaining rows right after the first paint).
 */
export const FIRST_FRAME_HEIGHT = 1440;

/** A template's id: shortcut titles differ on macOS (⌘) and elsewhere (Ctrl). */
export function firstScreenTemplateId(screen: FirstScreen['id'], mac: boolean): string {
  return `first-screen-${screen}${mac ? '-mac' : ''}`;
}

/** The search part of the URL the window loads: with the key when a template may be shown. */
export function firstScreenSearch(key: string | null): string {
  return key ? `?${FIRST_SCREEN_PARAM}=${encodeURIComponent(key)}` : '';
}
