/*
 * A tiny classic script, after #root in index.html (built to first-screen.js): before the bundle
 * has loaded, it shows the pre-rendered first screen (scripts/prerender-first-screen.ts) when
 * it is exactly what the app would show, so the browser paints it without waiting for the
 * bundle; main.tsx then hydrates it. Shown only for the Start screen or the Catalogue with no
 * query, and only when the main side put the template's key in the URL (it does so only when
 * the data is open and the bundled catalogue the template was built from is the one in use).
 */
import { FIRST_SCREEN_PARAM, firstScreenFor, firstScreenTemplateId } from '../../shared/first-screen';
import { isMacPlatform } from '../app/platform';

const screen = firstScreenFor(location.hash);
const template = screen ? document.getElementById(firstScreenTemplateId(screen.id, isMacPlatform())) : null;
const root = document.getElementById('root');
const key = new URLSearchParams(location.search).get(FIRST_SCREEN_PARAM);
// The key says what the main side knew when it loaded the window. A later reload (after a
// catalogue import, say) must not reuse it, so it leaves the URL now.
if (key !== null) history.replaceState(history.state, '', location.pathname + location.hash);
if (screen && template instanceof HTMLTemplateElement && root && root.childNodes.length === 0 && key !== null && key === template.dataset.key) {
  root.append(template.content.cloneNode(true));
  // main.tsx hydrates only if the location still opens this screen then.
  (window as unknown as { __ttaFirstScreen?: string }).__ttaFirstScreen = screen.id;
}
