import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Router, createPath, type Navigator } from 'react-router';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { FirstScreen } from '../../shared/first-screen';
import { AppRoutes } from '../app/routes';
import { prepareCatalogue, useCatalogueStore } from '../features/catalogue/catalogue-store';

/** HashRouter's links, without a window: "#/path" (createHashHistory gives that with no <base>). */
const hashLinks: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => undefined,
  push: () => undefined,
  replace: () => undefined,
};

/**
 * The markup of the app's first frame on `screen` (shared/first-screen.ts) for `catalogue`: the
 * same tree main.tsx renders (StrictMode, the routes, the frame), rendered by react-dom/server.
 * Run by the build (scripts/prerender-first-screen.ts) and by the test that checks the built page.
 */
export function renderFirstScreen(catalogue: Catalogue, screen: FirstScreen, options: { mac: boolean }): string {
  useCatalogueStore.setState({ status: 'ready', error: null, loaded: prepareCatalogue(catalogue) });
  // The shortcut titles in the navigation read the platform (renderer/app/platform.ts).
  const previous = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { value: { platform: options.mac ? 'MacIntel' : 'Linux x86_64', userAgent: '' }, configurable: true });
  try {
    return renderToString(
      <StrictMode>
        <Router location={screen.path} navigator={hashLinks}>
          <AppRoutes />
        </Router>
      </StrictMode>,
    );
  } finally {
    if (previous) Object.defineProperty(globalThis, 'navigator', previous);
    else delete (globalThis as { navigator?: unknown }).navigator;
  }
}
