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

/**
 * The longest the app's code waits for the pre-rendered screen to be reported on screen. Chromium
 * reports the paint (Electron's hidden window paints too: ready-to-show), so this is a guard, not a
 * guess: on a loaded two-core machine the report took over 2 s from here, and a shorter guard
 * started the bundle against the frame it was waiting for.
 */
const FALLBACK_MS = 3000;

const screen = firstScreenFor(location.hash);
const template = screen ? document.getElementById(firstScreenTemplateId(screen.id, isMacPlatform())) : null;
const root = document.getElementById('root');
const key = new URLSearchParams(location.search).get(FIRST_SCREEN_PARAM);
// The key says what the main side knew when it loaded the window. A later reload (after a
// catalogue import, say) must not reuse it, so it leaves the URL now.
if (key !== null) history.replaceState(history.state, '', location.pathname + location.hash);
const shown = screen != null && template instanceof HTMLTemplateElement && root !== null && root.childNodes.length === 0 && key !== null && key === template.dataset.key;
if (shown) {
  root.append(template.content.cloneNode(true));
  // main.tsx hydrates only if the location still opens this screen then.
  (window as unknown as { __ttaFirstScreen?: string }).__ttaFirstScreen = screen.id;
}

// The built page names the app's entry as a modulepreload (renderer/vite.config.ts, deferredEntry):
// started once the pre-rendered screen is on screen, at once otherwise.
const entry = document.querySelector<HTMLLinkElement>('link[data-tta-entry]');
if (entry) {
  const start = () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry.href;
    document.body.append(script);
  };
  if (shown) afterFirstPaintShown(start);
  else start();
}

/**
 * Runs `then` once the browser has put the pre-rendered screen on screen (its first contentful
 * paint is reported after the frame is presented), or after FALLBACK_MS should that never be
 * reported. Started earlier, the bundle's evaluation competes with the rasterising of that
 * frame on a two-core machine and holds it back by as long as the bundle takes.
 */
function afterFirstPaintShown(then: () => void): void {
  let done = false;
  const once = (by: 'paint' | 'fallback') => {
    if (done) return;
    done = true;
    // Which one started the app (the e2e test of this order reads it).
    (window as unknown as { __ttaEntryStartedBy?: string }).__ttaEntryStartedBy = by;
    observer?.disconnect();
    then();
  };
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) once('paint');
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: a frame and then a task is the best guess of "painted".
    requestAnimationFrame(() => setTimeout(() => once('fallback')));
  }
  setTimeout(() => once('fallback'), FALLBACK_MS);
}
