import { takeEarlyUnlockStatus } from './app/early-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { useCatalogueStore } from './features/catalogue/catalogue-store';
import { unlockStatus } from './features/unlock/unlock-actions';
import { errorMessage } from './app/errors';
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

const reactRoot = createRoot(root);

// Hash routing: the app is served from app://bundle/index.html, where there is no server to answer deep paths.
function renderApp(): void {
  reactRoot.render(
    <StrictMode>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </StrictMode>,
  );
}

function renderProblem(error: unknown): void {
  reactRoot.render(
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
  if (status.state === 'open') return renderApp();
  return import('./features/unlock/UnlockScreen').then(({ UnlockScreen }) =>
    reactRoot.render(
      <StrictMode>
        <UnlockScreen status={status} onOpened={renderApp} />
      </StrictMode>,
    ),
  );
}, renderProblem).catch(renderProblem);
