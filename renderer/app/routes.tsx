import { createHashRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { StartPage } from '../features/catalogue/StartPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { TrainingDetailPage } from '../features/catalogue/TrainingDetailPage';
import { ProviderDetailPage } from '../features/catalogue/ProviderDetailPage';
import { ResourceDetailPage } from '../features/catalogue/ResourceDetailPage';
import { ShortcutsPage } from '../features/help/ShortcutsPage';

// Hash routing: the app is served from app://bundle/index.html, where there is no server to answer deep paths.
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppFrame />,
      children: [
        { index: true, element: <StartPage /> },
        { path: 'catalogue', element: <CataloguePage /> },
        { path: 'catalogue/training/:id', element: <TrainingDetailPage /> },
        { path: 'catalogue/provider/:id', element: <ProviderDetailPage /> },
        { path: 'catalogue/resource/:id', element: <ResourceDetailPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'help/shortcuts', element: <ShortcutsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
