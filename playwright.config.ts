import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, VIEWPORT } from './tests/e2e/support/browser';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Sized from measured durations with a wide margin (README, Tests): on a 2-core machine
  // loaded far past one busy core, single-screen tests took 15–66 s and one wait for the UI
  // up to a few seconds. A slow machine should make the suite slower, not red.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: VIEWPORT,
    trace: 'retain-on-failure',
  },
});
