import { test as base, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, type BootstrapOptions } from '../../../main/bootstrap';
import { fileKeyProvider } from '../../../main/services/crypto/key-provider';
import { startWithKey } from '../../../main/data-key-gate';
import { chooseKeySource } from '../../../main/services/crypto/key-source';
import { KEY_FILE_NAME } from '../../../main/services/crypto/wrapped-key-provider';
import type { Dispatch } from '../../../main/dispatch';
import type { ApiServices } from '../../../main/api-services';
import { contentSecurityPolicy } from '../../../main/electron/csp';
import { APP_ORIGIN as APP_PROTOCOL_ORIGIN, resolveAppRequest } from '../../../main/electron/app-protocol';
import { appResponseHeaders } from '../../../main/electron/app-response';
import { clientInitScript } from './client-bundle';
import { heavyWorkBundle } from '../../support/heavy-work-bundle';
import { MENU_COMMAND_CHANNEL } from '../../../shared/menu-commands';
import { firstScreenSearch } from '../../../shared/first-screen';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');
/** Stands in for app://bundle: Chromium routes requests only for http(s) origins. */
export const APP_ORIGIN = 'https://tta-navigator.test';


export interface StartOptions {
  /** Runs before the services open the data folder, e.g. to plant a damaged file. */
  prepare?: (dataDir: string) => Promise<void>;
  /** Route to open, e.g. '/settings'; null opens nothing yet (benchmarks time the navigation themselves). */
  path?: string | null;
  /**
   * Load pages as the main side does, with the pre-rendered first screen's key (tests of that
   * screen, the bench). Off by default: other tests act once React has taken the page over
   * either way, and waiting for the template's paint first made every start of a loaded CI
   * machine slower (tests/e2e/first-screen.spec.ts covers the pre-rendered path).
   */
  preRendered?: boolean;
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
  /**
   * How the page reaches the handlers. By default, Playwright's binding (docs/architecture.md's test
   * transport). Benchmarks pass `{ httpPath }` instead: the page POSTs each call to
   * `${origin}${httpPath}/<channel>` on their loopback server, which answers with the same
   * dispatch. A binding reply reaches the page through CDP only when its main thread is free
   * (30–190 ms at start-up); an HTTP reply arrives as a task like Electron's IPC reply does.
   */
  transport?: { httpPath: string };
  /** The store's fs and retry timing: fault-injection tests pass a faulty fs (tests/support/faulty-fs.ts). */
  store?: BootstrapOptions['store'];
  /**
   * Start as main.ts does on Linux without a keyring: the data key under a passphrase (key file
   * in the data folder), the unlock screen first. logN lowers scrypt's cost for speed.
   */
  passphrase?: { logN?: number };
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
  /**
   * The main side's clock, when a test has set it: "today" for compliance, the digest and
   * exports comes from main (profilesList, complianceDigest), so moving it moves the screens.
   */
  private clock: Date | null = null;
  /** How far skipUnlockWait has moved the unlock back-off's clock past the real one. */
  private unlockClockAhead = 0;
  /** Paths the next native open/save dialogs will answer with (null = the user cancelled). */
  readonly dialogAnswers: { open: (string | null)[]; save: (string | null)[] } = { open: [], save: [] };
  /** Certificates the app asked the system viewer to show (the app writes a private copy and calls shell.openPath). */
  readonly viewerOpened: { fileName: string; bytes: Buffer }[] = [];

  constructor(
    readonly page: Page,
    readonly dataDir: string,
    /**
     * The data key (encryption at rest), outside the data folder as the OS key store keeps it in
     * the app; null: the folder stays plain (benchmarks and screenshots, which time or show other things).
     */
    readonly keyFile: string | null = null,
  ) {}

  /** A file of the data folder as the app reads it (decrypted); null when there is none. */
  async readDataFile(path: string): Promise<string | null> {
    return (await this.services.dataFiles.read(path))?.toString('utf8') ?? null;
  }

  private options: StartOptions = {};

  async start(options: StartOptions = {}): Promise<void> {
    this.options = options;
    await options.prepare?.(this.dataDir);
    await this.boot();
    if (options.transport) await this.page.addInitScript({ content: httpInvokeScript(options.transport.httpPath) });
    else {
      // Replies travel as one JSON string: Playwright's value serialisation is far slower than
      // Electron's structured clone for a large reply like the catalogue. `this.dispatch` is read
      // at each call, so a restart (below) swaps the main side under the same page.
      await this.page.exposeBinding('__ttaInvoke', async (_source, channel: unknown, input: unknown) => JSON.stringify(await this.dispatch(channel, input)));
    }
    await this.page.addInitScript({ content: clientInitScript() });
    if (options.origin) this.origin = options.origin;
    else await this.interceptRequests();
    if (options.path === null) return;
    if (options.passphrase) await this.page.goto(`${this.origin}/index.html#${options.path ?? '/'}`);
    else await this.goto(options.path ?? '/');
  }

  /** Quits the main side (as at app quit) and starts it again over the same data folder, then reloads the page. */
  async restart(): Promise<void> {
    await this.services?.store.close();
    this.services = undefined as unknown as ApiServices;
    await this.boot();
    await this.page.reload();
  }

  private async boot(): Promise<void> {
    const options = this.options;
    const bootOptions = {
      dataDir: this.dataDir,
      bundledCataloguePath: options.bundledCataloguePath ?? join(ROOT, 'data', 'catalogue.json'),
      app: { name: 'TTA Navigator', version: options.appVersion ?? '0.0.0-test', runtime: { browser: 'Chromium (test harness)' }, license: 'MIT' },
      openExternal: async (url: string) => {
        this.externalOpened.push(url);
      },
      dialogs: {
        chooseOpenFile: async () => this.dialogAnswers.open.shift() ?? null,
        chooseSaveFile: async () => this.dialogAnswers.save.shift() ?? null,
      },
      openInViewer: async (bytes: Buffer, fileName: string) => {
        this.viewerOpened.push({ fileName, bytes });
      },
      now: () => this.clock ?? options.now?.() ?? new Date(),
      ...(options.store ? { store: options.store } : {}),
      // Restores and imports are checked on the worker thread, as in the app.
      heavyWorkScript: await heavyWorkBundle(),
    };
    if (options.passphrase) {
      const source = await chooseKeySource({
        keyFile: join(this.dataDir, KEY_FILE_NAME),
        keyStoreReal: false,
        osProvider: () => {
          throw new Error('the harness has no OS key store');
        },
        ...(options.passphrase.logN ? { logN: options.passphrase.logN } : {}),
      });
      const started = await startWithKey(bootOptions, source, () => Date.now() + this.unlockClockAhead);
      this.dispatch = started.dispatch;
      void started.opened.then(({ services }) => (this.services = services));
      return;
    }
    const { dispatch, services } = await bootstrap({ ...bootOptions, ...(this.keyFile ? { keyProvider: fileKeyProvider(this.keyFile) } : {}) });
    this.dispatch = dispatch;
    this.services = services;
  }

  /**
   * Lets `ms` of the unlock back-off pass at once instead of waiting them: moves the main side's
   * clock (the one startWithKey checks the wait against) and the page's timers (its countdown)
   * forward together. The app keeps its real schedule (5 s after the third wrong passphrase,
   * tests/unit/crypto/passphrase-unlock.test.ts); only this harness skips the seconds.
   * The page's clock must be Playwright's (page.clock.install() before the page loads).
   */
  async skipUnlockWait(ms: number): Promise<void> {
    this.unlockClockAhead += ms;
    await this.page.clock.runFor(ms);
  }

  /** Sets main's today (noon local time); screens pick it up the next time they open. */
  setToday(iso: string): void {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    this.clock = new Date(y, m - 1, d, 12);
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
      return route.fulfill(await serveRenderer(new URL(url).pathname));
    });
  }

  /**
   * The URL the main side loads (main/electron/main.ts) for `path`: with the pre-rendered first
   * screen's key when the data is open and the bundled catalogue in use (shared/first-screen.ts),
   * if `preRendered` (StartOptions.preRendered by default).
   */
  url(path: string, preRendered = this.options.preRendered ?? false): string {
    const key = preRendered ? (this.services?.catalogue.firstScreenKey() ?? null) : null;
    return `${this.origin}/index.html${firstScreenSearch(key)}#${path}`;
  }

  /** Opens a route and waits for the app frame: only then are its shortcut and menu listeners in place. */
  async goto(path: string): Promise<void> {
    await this.page.goto(this.url(path));
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
    // A pre-rendered first screen shows the navigation before React has taken the page over (renderer/main.tsx).
    await this.page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  }
}

/** Defines window.__ttaInvoke (what the client bundle calls) as a same-origin POST (an empty body for no input); the CSP's connect-src 'self' allows it. */
function httpInvokeScript(httpPath: string): string {
  return `Object.defineProperty(window, '__ttaInvoke', { value: (name, input) => fetch(${JSON.stringify(httpPath)} + '/' + encodeURIComponent(name), { method: 'POST', body: input === undefined ? '' : JSON.stringify(input) }).then((r) => r.text()) });`;
}

/** The built renderer's files, read once per process: every test and bench run serves the same build. */
const fileCache = new Map<string, Promise<Buffer | null>>();
function rendererFile(file: string): Promise<Buffer | null> {
  let body = fileCache.get(file);
  if (!body) {
    body = readFile(file).catch(() => null);
    fileCache.set(file, body);
  }
  return body;
}

/**
 * Answers a request for `pathname` exactly as the app:// protocol does in Electron: the same
 * resolver (path-traversal guard, index.html fallback, MIME types) and the same headers.
 */
export async function serveRenderer(pathname: string): Promise<{ status: number; body: Buffer | string; headers: Record<string, string> }> {
  const csp = contentSecurityPolicy({ isDev: false });
  const resolved = resolveAppRequest(`${APP_PROTOCOL_ORIGIN}${pathname}`, RENDERER_DIR);
  const body = 'status' in resolved ? null : await rendererFile(resolved.path);
  if ('status' in resolved || !body) return { status: 'status' in resolved ? resolved.status : 404, body: 'not found', headers: appResponseHeaders(csp) };
  return { status: 200, body, headers: appResponseHeaders(csp, resolved.mimeType) };
}

/** An app instance opened by openHarness, and what ends it. */
export interface OpenedHarness {
  harness: AppHarness;
  /**
   * Throws if, since the last check, the app tried to reach the network or broke its CSP (and
   * forgets what it reported, so a shared app's next test starts clean).
   */
  checkNoLeaks(): void;
  /** Lets the store finish, stops sharing, removes the folders, then runs checkNoLeaks. */
  close(): Promise<void>;
}

/**
 * One app instance on `page` over a fresh data folder and key. withHarness (the `app` fixture)
 * gives each test its own; tests/e2e/support/shared-app.ts keeps one for a describe block.
 */
export async function openHarness(page: Page): Promise<OpenedHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tta-e2e-'));
  const keyDir = await mkdtemp(join(tmpdir(), 'tta-e2e-key-'));
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  const harness = new AppHarness(page, dataDir, join(keyDir, 'data.key'));
  const checkNoLeaks = () => {
    const blocked = harness.blockedRequests.splice(0);
    const csp = cspViolations.splice(0);
    if (blocked.length > 0) throw new Error(`The app tried to reach the network: ${blocked.join(', ')}`);
    if (csp.length > 0) throw new Error(`Content-Security-Policy violations: ${csp.join(' | ')}`);
  };
  const close = async () => {
    // The store may still be taking its start-up backup; let it finish, and stop sharing (its
    // replica and server link, if the test set them up), before the folder goes.
    await harness.services?.store.idle();
    await harness.services?.sync.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
    await rm(keyDir, { recursive: true, force: true, maxRetries: 5 });
    checkNoLeaks();
  };
  return { harness, checkNoLeaks, close };
}

/**
 * One app instance on `page` over a fresh data folder and key, for the length of `use`; then
 * the folder goes, and the test fails if the app tried to reach the network or broke its CSP.
 * The `app` fixture is one of these; tests/e2e/support/two-apps.ts opens two.
 */
export async function withHarness(page: Page, use: (harness: AppHarness) => Promise<void>): Promise<void> {
  const opened = await openHarness(page);
  await use(opened.harness);
  await opened.close();
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    await withHarness(page, use);
  },
});

export { expect } from '@playwright/test';
