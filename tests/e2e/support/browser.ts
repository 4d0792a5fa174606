import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Every test's window size (playwright.config.ts; shared-app.ts opens its own context with it). */
export const VIEWPORT = { width: 1280, height: 800 };

/** Flags that keep Chromium from reaching for a network this machine does not have. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Debian's Chromium where it is installed (CI, this machine), else Playwright's
 * own browser (a developer laptop after `npx playwright install chromium`).
 * TTA_CHROMIUM overrides both.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.TTA_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const executablePath = candidates.find((p) => existsSync(p));
  return { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
}
