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
    expect(ms).toBeGreaterThan(0);
    await expect(page.getByTestId('results').locator('li').first()).toBeVisible();
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
