import { test as base, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap } from '../../../main/bootstrap';
import type { Dispatch } from '../../../main/dispatch';
import type { ApiServices } from '../../../main/api-services';
import { contentSecurityPolicy } from '../../../main/electron/csp';
import { clientInitScript } from './client-bundle';
import { MENU_COMMAND_CHANNEL } from '../../../shared/menu-commands';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');
/** Stands in for app://bundle: Chromium routes requests only for http(s) origins. */
export const APP_ORIGIN = 'https://tta-navigator.test';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StartOptions {
  /** Runs before the services open the data folder, e.g. to plant a damaged file. */
  prepare?: (dataDir: string) => Promise<void>;
  /** Route to open, e.g. '/settings'; null opens nothing yet (benchmarks time the navigation themselves). */
  path?: string | null;
  /**
   * Where the renderer is served from. By default every request is intercepted and answered
   * from out/renderer (and anything else is blocked and fails the test). Benchmarks pass the
   * origin of a loopback static server instead, so page loads are not timed through
   * Playwright's request interception.
   */
  origin?: string;
  /** Another catalogue file, e.g. a synthetic one for scale runs; defaults to data/catalogue.json. */
  bundledCataloguePath?: string;
  now?: () => Date;
  /** The version About shows; the README screenshots show the real one from package.json. */
  appVersion?: string;
}

/** One app instance per test: the built renderer over the real handlers and a fresh data folder. */
export class AppHarness {
  dispatch!: Dispatch;
  services!: ApiServices;
  /** URLs the renderer asked the main side to open in the system browser. */
  readonly externalOpened: string[] = [];
  /** Any request that tried to leave the app: there must be none. */
  readonly blockedRequests: string[] = [];
  /** The origin the renderer is served from (see StartOptions.origin). */
  origin = APP_ORIGIN;
  /** Paths the next native open/save dialogs will answer with (null = the user cancelled). */
  readonly dialogAnswers: { open: (string | null)[]; save: (string | null)[] } = { open: [], save: [] };

  constructor(
    readonly page: Page,
    readonly dataDir: string,
  ) {}

  async start(options: StartOptions = {}): Promise<void> {
    await options.prepare?.(this.dataDir);
    const { dispatch, services } = await bootstrap({
      dataDir: this.dataDir,
      bundledCataloguePath: options.bundledCataloguePath ?? join(ROOT, 'data', 'catalogue.json'),
      app: { name: 'TTA Navigator', version: options.appVersion ?? '0.0.0-test', runtime: { browser: 'Chromium (test harness)' }, license: 'MIT' },
      openExternal: async (url) => {
        this.externalOpened.push(url);
      },
      dialogs: {
        chooseOpenFile: async () => this.dialogAnswers.open.shift() ?? null,
        chooseSaveFile: async () => this.dialogAnswers.save.shift() ?? null,
      },
      ...(options.now ? { now: options.now } : {}),
    });
    this.dispatch = dispatch;
    this.services = services;
    // Replies travel as one JSON string: Playwright's value serialisation is far slower than
    // Electron's structured clone for a large reply like the catalogue.
    await this.page.exposeBinding('__ttaInvoke', async (_source, channel: unknown, input: unknown) => JSON.stringify(await dispatch(channel, input)));
    await this.page.addInitScript({ content: clientInitScript() });
    if (options.origin) this.origin = options.origin;
    else await this.interceptRequests();
    if (options.path !== null) await this.goto(options.path ?? '/');
  }

  /**
   * Sends a native-menu command as the main process does (webContents.send on the menu
   * channel). Any string may be sent: the preload code in the page drops unknown ones.
   */
  async sendCommand(command: string): Promise<void> {
    await this.page.evaluate(
      ([channel, payload]) => (window as unknown as { __ttaSend(c: string, p: unknown): void }).__ttaSend(channel, payload),
      [MENU_COMMAND_CHANNEL, command] as const,
    );
  }

  /** Answers every request from out/renderer with the app's CSP; anything else is blocked and recorded. */
  private async interceptRequests(): Promise<void> {
    await this.page.route('**/*', async (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${APP_ORIGIN}/`)) {
        this.blockedRequests.push(url);
        return route.abort('blockedbyclient');
      }
      const file = resolveRendererFile(new URL(url).pathname);
      if (!file) return route.fulfill({ status: 404, body: 'not found' });
      const body = await rendererFile(file);
      if (!body) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': contentSecurityPolicy({ isDev: false }),
        },
      });
    });
  }

  /** Opens a route and waits for the app frame: only then are its shortcut and menu listeners in place. */
  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.origin}/index.html#${path}`);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
  }
}

/** The built renderer's files, read once per process: every test and bench run serves the same build. */
const fileCache = new Map<string, Promise<Buffer | null>>();
export function rendererFile(file: string): Promise<Buffer | null> {
  let body = fileCache.get(file);
  if (!body) {
    body = readFile(file).catch(() => null);
    fileCache.set(file, body);
  }
  return body;
}

export function resolveRendererFile(pathname: string): string | null {
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const full = normalize(join(RENDERER_DIR, relative));
  return full.startsWith(RENDERER_DIR + sep) ? full : null;
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tta-e2e-'));
    const cspViolations: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
    });
    const harness = new AppHarness(page, dataDir);
    await use(harness);
    // The store may still be taking its start-up backup; let it finish before the folder goes.
    await harness.services?.store.idle();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
    if (harness.blockedRequests.length > 0) throw new Error(`The app tried to reach the network: ${harness.blockedRequests.join(', ')}`);
    if (cspViolations.length > 0) throw new Error(`Content-Security-Policy violations: ${cspViolations.join(' | ')}`);
  },
});

export { expect } from '@playwright/test';
