/*
 * A tiny classic script, after #root in index.html (built to first-screen.js): before the bundle
 * has loaded, it shows the pre-rendered first screen (scripts/prerender-first-screen.ts) when
 * it is exactly what the app would show, so the browser paints results without waiting for
 * the bundle; main.tsx then hydrates it. Shown only when the route is the Catalogue with no
 * query and the main side put the template's key in the URL (it does so only when the data is
 * open and the bundled catalogue the template was built from is the one in use).
 */
import { FIRST_SCREEN_HASH, FIRST_SCREEN_PARAM, firstScreenTemplateId } from '../../shared/first-screen';
import { isMacPlatform } from '../app/platform';

const template = document.getElementById(firstScreenTemplateId(isMacPlatform()));
const root = document.getElementById('root');
const key = new URLSearchParams(location.search).get(FIRST_SCREEN_PARAM);
if (
  template instanceof HTMLTemplateElement &&
  root &&
  root.childNodes.length === 0 &&
  location.hash === FIRST_SCREEN_HASH &&
  key !== null &&
  key === template.dataset.key
) {
  root.append(template.content.cloneNode(true));
  (window as unknown as { __ttaFirstScreen?: boolean }).__ttaFirstScreen = true;
}
