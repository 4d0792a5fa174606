import { chromium, type Browser } from '@playwright/test';
import { buildSync } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppHarness, ROOT } from '../e2e/support/harness';
import { chromiumLaunchOptions } from '../e2e/support/browser';
import type { Catalogue } from '../../shared/catalogue/schema';
import { median, ratioOfMediansInterval } from './stats';
import { startStaticServer, type StaticServer } from './static-server';
import { timeToPaint } from './paint-probe';


/** A bare React page of the same React build, as the yardstick for start-up. */
function blankReactBundle(): string {
  const out = buildSync({
    stdin: {
      contents: `import { createElement } from 'react'; import { createRoot } from 'react-dom/client';
        createRoot(document.getElementById('root')).render(createElement('p', { id: 'ready' }, 'Hello'));`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
  });
  return out.outputFiles[0]!.text;
}

const viewport = { width: 1280, height: 800 };

async function timeBlankReact(browser: Browser, origin: string): Promise<number> {
  const page = await browser.newPage({ viewport });
  const ms = await timeToPaint(page, `${origin}/blank/index.html`, '#ready');
  await page.close();
  return ms;
}

type Transport = 'http' | 'binding';

/**
 * One app instance in a fresh page. Its API calls go over the loopback server ('http', as
 * Electron's IPC replies arrive as ordinary tasks) or Playwright's binding ('binding', the
 * e2e transport, whose replies wait for the page's main thread; reported for comparison).
 */
async function openApp(browser: Browser, server: StaticServer, transport: Transport, options: { catalogue?: string } = {}) {
  const page = await browser.newPage({ viewport });
  const dir = await mkdtemp(join(tmpdir(), 'tta-bench-app-'));
  const app = new AppHarness(page, dir);
  const api = server.attach((channel, input) => app.dispatch(channel, input));
  await app.start({
    path: null,
    origin: server.origin,
    ...(transport === 'http' ? { transport: { httpPath: api.httpPath } } : {}),
    ...(options.catalogue ? { bundledCataloguePath: options.catalogue } : {}),
  });
  const close = async () => {
    await page.close();
    api.detach();
    await app.services.store.idle();
    await rm(dir, { recursive: true, force: true });
  };
  return { page, app, close };
}

/** The first result's paint, and how long after it React had taken the page over (renderer/main.tsx's mark). */
async function timeFirstResults(browser: Browser, server: StaticServer, transport: Transport): Promise<{ ms: number; toInteractiveMs: number }> {
  const { page, app, close } = await openApp(browser, server, transport);
  // The URL the main side loads (with the pre-rendered first screen's key, as in the app).
  const ms = await timeToPaint(page, app.url('/catalogue', true), '[data-testid="results"] li');
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const toInteractiveMs = await page.evaluate(async () => {
    const painted = await (window as unknown as { __benchPainted: Promise<number> }).__benchPainted;
    return performance.getEntriesByName('tta-interactive')[0]!.startTime - painted;
  });
  await close();
  return { ms, toInteractiveMs };
}

/** A browser and the loopback server with the bare React page, for one bench section. */
async function withBrowser<T>(use: (browser: Browser, server: StaticServer) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const server = await startStaticServer({
    html: '<!doctype html><div id="root"></div><script type="module" src="./app.js"></script>',
    js: blankReactBundle(),
  });
  try {
    return await use(browser, server);
  } finally {
    await server.close();
    await browser.close();
  }
}

export interface StartupFigures {
  firstResultsMs: number;
  firstResultsBindingMs: number;
  /** Median time from the first result's paint to React's first commit (hydration). */
  firstResultsToInteractiveMs: number;
  blankReactMs: number;
  /** 95 % interval of median(first results) / median(blank React), over the paired runs. */
  ratioInterval: { low: number; high: number };
}

/** Start-up to first results against a bare React page, runs alternating (each run a pair). */
export function benchStartup(runs: number): Promise<StartupFigures> {
  return withBrowser(async (browser, server) => {
    await timeBlankReact(browser, server.origin);
    await timeFirstResults(browser, server, 'http');
    await timeFirstResults(browser, server, 'binding');
    const blank: number[] = [];
    const first: number[] = [];
    const firstBinding: number[] = [];
    const toInteractive: number[] = [];
    for (let i = 0; i < runs; i++) {
      blank.push(await timeBlankReact(browser, server.origin));
      const http = await timeFirstResults(browser, server, 'http');
      first.push(http.ms);
      toInteractive.push(http.toInteractiveMs);
      firstBinding.push((await timeFirstResults(browser, server, 'binding')).ms);
    }
    return {
      firstResultsMs: median(first),
      firstResultsBindingMs: median(firstBinding),
      firstResultsToInteractiveMs: median(toInteractive),
      blankReactMs: median(blank),
      ratioInterval: ratioOfMediansInterval(first, blank),
    };
  });
}

/** Renderer heap with 50,000 trainings loaded and searched once, against the catalogue's JSON size. */
export function benchHeap(synthetic: Catalogue): Promise<{ rendererHeap50kBytes: number; catalogueJsonBytes: number }> {
  return withBrowser(async (browser, server) => {
    const tmp = await mkdtemp(join(tmpdir(), 'tta-bench-cat-'));
    try {
      const json = JSON.stringify(synthetic);
      const cataloguePath = join(tmp, 'synthetic-catalogue.json');
      await writeFile(cataloguePath, json);
      const { page, close } = await openApp(browser, server, 'http', { catalogue: cataloguePath });
      await page.goto(`${server.origin}/index.html#/catalogue`);
      await page.locator('[data-testid="results"] li').first().waitFor({ timeout: 120_000 });
      // A search builds the text index, so the heap holds everything a coordinator's session would.
      await page.locator('#catalogue-search').fill('victim interviews');
      await page.locator('#results-summary', { hasText: 'for “victim interviews”' }).waitFor({ timeout: 120_000 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await close();
      return { rendererHeap50kBytes: heap.usedSize, catalogueJsonBytes: Buffer.byteLength(json) };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
}
