import './app/early-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { AppRoutes } from './app/routes';
import { useCatalogueStore } from './features/catalogue/catalogue-store';
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

// Hash routing: the app is served from app://bundle/index.html, where there is no server to answer deep paths.
createRoot(root).render(
  <StrictMode>
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  </StrictMode>,
);
