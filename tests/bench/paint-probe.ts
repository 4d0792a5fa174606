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
    window.__benchPainted = new Promise((resolve) => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.identifier === ${JSON.stringify(IDENTIFIER)}) resolve(entry.renderTime || entry.loadTime);
      }).observe({ type: 'element', buffered: true });
    });
    new MutationObserver((_, observer) => {
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element) return;
      element.setAttribute('elementtiming', ${JSON.stringify(IDENTIFIER)});
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  })();`;
}

/**
 * Opens `url` and resolves once the first `selector` element has been painted: the wall time
 * from just before navigation, as a user would see it. The element must hold text or an image
 * directly or through inline children (Element Timing reports those).
 */
export async function timeToPaint(page: Page, url: string, selector: string): Promise<number> {
  await page.addInitScript({ content: paintProbe(selector) });
  const started = performance.now();
  await page.goto(url);
  await page.evaluate(() => (window as unknown as { __benchPainted: Promise<number> }).__benchPainted);
  return performance.now() - started;
}
