import type { BrowserContext, Page } from '@playwright/test';
import { VIEWPORT } from './browser';
import { openHarness, test, type AppHarness, type OpenedHarness, type StartOptions } from './harness';
import type { UserData } from '../../../shared/model/user-data';

export interface SharedApp {
  app: AppHarness;
  page: Page;
  /**
   * Opens `path` in the shared app and waits for the app frame. The page is loaded once; later
   * visits change only the address's #route, as the app's own links do, so each screen mounts
   * afresh. Opening the route already shown passes through another route first, so the screen
   * does not keep the previous test's open list, typed text or error messages.
   */
  visit(path: string): Promise<void>;
}

export interface SharedAppOptions {
  /**
   * Puts the data back as it was after `prepare` before each test, so tests that write (an
   * import's records, a saved mapping) each start from the same records without the 3–7 s of a
   * new app and page. Each test then opens its screen with visit().
   */
  freshDataEachTest?: boolean;
}

/**
 * One app (main side, data folder and page) for all tests of the enclosing describe block, for
 * checks that only look at screens: starting an app and loading the page cost 5–10 s per test on
 * the 2-core CI machine, often more than the check itself. Tests still run one screen or state
 * each, in the order written, so a failure names its screen; after a failure Playwright starts a
 * new worker and this opens a new app for the tests that remain. Journeys that write data keep
 * the per-test `app` fixture, unless all they need is their data put back (freshDataEachTest).
 * The app must not reach the network or break its CSP during any test (checked after each
 * one), as with the `app` fixture.
 */
export function useSharedApp(options: Omit<StartOptions, 'path'> & SharedAppOptions = {}): () => SharedApp {
  const { freshDataEachTest = false, ...startOptions } = options;
  // In order, in one worker (the config runs tests fully parallel, which would open one app per test).
  test.describe.configure({ mode: 'default' });
  let shared: { context: BrowserContext; opened: OpenedHarness; shared: SharedApp; startingData: UserData } | null = null;

  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const opened = await openHarness(page);
    const app = opened.harness;
    await app.start({ ...startOptions, path: null });
    const startingData = structuredClone(app.services.store.data());
    const visit = async (path: string) => {
      if (page.url().endsWith(`#${path}`)) await app.goto('/no-such-screen');
      await app.goto(path);
    };
    shared = { context, opened, shared: { app, page, visit }, startingData };
  });
  if (freshDataEachTest) {
    test.beforeEach(async () => {
      if (!shared) return;
      // As when another coordinator's changes arrive: the data as a whole is new (a new
      // epoch), so the next screen to open fetches everything again instead of its copy.
      const { store } = shared.shared.app.services;
      await store.update(() => structuredClone(shared!.startingData), { keepStamps: true });
      store.renewEpoch();
      // Screens mounted now (the team layout around an import) would keep their copy: leave them.
      await shared.shared.app.goto('/no-such-screen');
    });
  }
  test.afterEach(() => shared?.opened.checkNoLeaks());
  test.afterAll(async () => {
    const ending = shared;
    shared = null;
    if (!ending) return;
    try {
      await ending.opened.close();
    } finally {
      await ending.context.close();
    }
  });

  return () => {
    if (!shared) throw new Error('useSharedApp: the shared app opens in beforeAll; call this inside a test');
    return shared.shared;
  };
}
