import { test, expect } from './support/harness';
import { startStaticServer } from '../bench/static-server';
import { timeToPaint } from '../bench/paint-probe';

// `npm run bench` times start-up with the app's calls carried over its loopback server
// (tests/bench/static-server.ts); this keeps that path working between bench runs.
test('over the bench loopback transport the app reaches the real handlers, and the bench sees its first results painted', async ({ app, page }) => {
  const server = await startStaticServer({ html: '<p id="ready">ready</p>', js: '' });
  try {
    const api = server.attach((channel, input) => app.dispatch(channel, input));
    await app.start({ path: null, origin: server.origin, transport: { httpPath: api.httpPath } });
    // The bench's clock: resolves once the first result has been painted.
    const ms = await timeToPaint(page, `${server.origin}/index.html#/catalogue`, '[data-testid="results"] li');
    // When the clock stops, a result row is already on the page (read at once, not waited for),
    // it is the element the browser reported painted, and the bench's wall time covers the
    // paint time the browser gave (counted from navigation, which starts after the clock).
    const painted = await page.evaluate(async () => ({
      renderTime: await (window as unknown as { __benchPainted: Promise<number> }).__benchPainted,
      rows: document.querySelectorAll('[data-testid="results"] li').length,
      marked: [...document.querySelectorAll('[elementtiming="bench-first-paint"]')].map((e) => e.matches('[data-testid="results"] li')),
    }));
    expect(painted.rows).toBeGreaterThan(0);
    expect(painted.marked.length).toBeGreaterThan(0);
    expect(painted.marked.every(Boolean)).toBe(true);
    expect(painted.renderTime).toBeGreaterThan(0);
    expect(ms).toBeGreaterThanOrEqual(painted.renderTime);
    await expect(page.locator('#results-summary')).toHaveText(`${app.services.catalogue.current().trainings.length} results`);

    // A write goes through too, and lands in the same store.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => app.services.store.data().settings.theme).toBe('dark');

    // Calls for an instance that is gone are refused, not sent to another one.
    api.detach();
    const status = await page.evaluate(async (path) => (await fetch(`${path}/appInfo`, { method: 'POST', body: '' })).status, api.httpPath);
    expect(status).toBe(404);
  } finally {
    await server.close();
  }
});
