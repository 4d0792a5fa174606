import { takeEarlyUnlockStatus } from './app/early-requests';
import { StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { useCatalogueStore } from './features/catalogue/catalogue-store';
import { unlockStatus } from './features/unlock/unlock-actions';
import { errorMessage } from './app/errors';
import { firstScreenFor } from '../shared/first-screen';
// The base sheet (variables, frame, shared primitives such as the form kit), then one sheet per feature.
import './styles/base.css';
import './styles/catalogue.css';
import './styles/team.css';
import './styles/progress.css';
import './styles/plans.css';
import './styles/settings.css';
import './styles/trainers.css';
import './styles/sharing.css';

// Most screens need the catalogue. Its reply has usually arrived by now (boot.js asked for it),
// so the index is ready before React's first render and the first paint already has results,
// instead of a "Loading" frame that is laid out and painted, then replaced.
void useCatalogueStore.getState().ensureLoaded();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// first-screen.js has already shown a pre-rendered first screen (its id) when it is what the app shows.
const preRendered = (window as unknown as { __ttaFirstScreen?: string }).__ttaFirstScreen;
let reactRoot: Root | null = null;

/**
 * Marks the page once React has taken it over (its first commit, a hydration included):
 * `html[data-interactive]`. A pre-rendered first screen is painted before that and does not
 * answer buttons until then; the tests wait for the mark, and the bench reports the time to it
 * (the `tta-interactive` performance mark).
 */
function InteractiveMark(): null {
  useEffect(() => {
    document.documentElement.dataset.interactive = 'true';
    performance.mark('tta-interactive');
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <HashRouter>
      <AppRoutes />
      <InteractiveMark />
    </HashRouter>
  </StrictMode>
);

/** A client-rendered root: whatever the container holds (an unused pre-render) goes. */
function clientRoot(): Root {
  if (!reactRoot) {
    root!.replaceChildren();
    reactRoot = createRoot(root!);
  }
  return reactRoot;
}

// Hash routing: the app is served from app://bundle/index.html, where there is no server to answer deep paths.
function renderApp(): void {
  clientRoot().render(app);
}

/**
 * Takes over the pre-rendered first screen: hydrated once the catalogue it shows is loaded (its
 * reply was asked for before the bundle loaded), so React's first render is the same markup.
 */
function hydrateApp(): Promise<void> {
  return catalogueSettled().then(() => {
    // Clicked away (a link in the pre-rendered page) or not loaded: a client render instead.
    if (useCatalogueStore.getState().status !== 'ready' || firstScreenFor(location.hash)?.id !== preRendered || reactRoot) return renderApp();
    reactRoot = hydrateRoot(root!, app);
  });
}

function catalogueSettled(): Promise<void> {
  const settled = () => useCatalogueStore.getState().status !== 'loading';
  if (settled()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useCatalogueStore.subscribe(() => {
      if (!settled()) return;
      stop();
      resolve();
    });
  });
}

function renderProblem(error: unknown): void {
  clientRoot().render(
    <main className="page" role="alert">
      <h1>TTA Navigator cannot open your data</h1>
      <p>{errorMessage(error)}</p>
    </main>,
  );
}

// Where a passphrase protects the data (no keyring), the unlock screen comes first; the requests
// above wait on the main side until the data is open, then answer as usual. boot.js asked for the
// status before this bundle loaded. The unlock screen (and the passphrase rules, with zod) is
// loaded only where it is shown, so it does not weigh on every other start.
(takeEarlyUnlockStatus() ?? unlockStatus()).then((status) => {
  if (status.state === 'open') return preRendered !== undefined ? hydrateApp() : renderApp();
  return import('./features/unlock/UnlockScreen').then(({ UnlockScreen }) =>
    clientRoot().render(
      <StrictMode>
        <UnlockScreen status={status} onOpened={renderApp} />
      </StrictMode>,
    ),
  );
}, renderProblem).catch(renderProblem);
