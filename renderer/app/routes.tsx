import { createHashRouter, Navigate } from 'react-router';
import { AppFrame } from './AppFrame';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';

// Hash routing: the app is served from app://bundle/index.html, where there is no server to answer deep paths.
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppFrame />,
      children: [
        { index: true, element: <Navigate to="/settings" replace /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
