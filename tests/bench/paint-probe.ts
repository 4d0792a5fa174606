import type { Page } from '@playwright/test';

const IDENTIFIER = 'bench-first-paint';

/**
 * An init script that marks the first element matching `selector` for the Element Timing
 * API as soon as it is inserted, and resolves `window.__benchPainted` when the browser has
 * painted it. A promise the test awaits, not a polled condition: Playwright's waitFor polls
 * 0, 20, 50 and then every 100 ms, which rounded start-up times to those steps.
 */
function paintProbe(selector: string): string {
  return `(() => {
    let painted = false;
    window.__benchPainted = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.identifier !== ${JSON.stringify(IDENTIFIER)} || painted) continue;
          painted = true;
          resolve(entry.renderTime || entry.loadTime);
        }
      }).observe({ type: 'element', buffered: true });
    });
    // Every matching element is marked, not only the first: one replaced before its first paint
    // would otherwise never report.
    const observer = new MutationObserver(() => {
      if (painted) return observer.disconnect();
      for (const element of document.querySelectorAll(${JSON.stringify(selector)})) {
        if (!element.hasAttribute('elementtiming')) element.setAttribute('elementtiming', ${JSON.stringify(IDENTIFIER)});
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/**
 * Opens `url` and resolves once the first `selector` element has been painted: the wall time
 * from just before navigation, as a user would see it. The element must hold text or an image
 * directly or through inline children (Element Timing reports those).
 */
export async function timeToPaint(page: Page, url: string, selector: string, timeoutMs = 30_000): Promise<number> {
  await page.addInitScript({ content: paintProbe(selector) });
  const started = performance.now();
  await page.goto(url);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${url}: no paint of "${selector}" reported within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([page.evaluate(() => (window as unknown as { __benchPainted: Promise<number> }).__benchPainted), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - started;
}
