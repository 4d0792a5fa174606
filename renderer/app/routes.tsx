import { createHashRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { StartPage } from '../features/catalogue/StartPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { TrainingDetailPage } from '../features/catalogue/TrainingDetailPage';
import { ProviderDetailPage } from '../features/catalogue/ProviderDetailPage';
import { ResourceDetailPage } from '../features/catalogue/ResourceDetailPage';

// Hash routing: the app is served from app://bundle/index.html, where there is no server to answer deep paths.
// Start, Catalogue and Settings load with the app; the other screens (charts, forms) load on first visit,
// so the first results appear sooner.
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
        { path: 'plans', lazy: () => import('../features/plans/PlansPage').then((m) => ({ Component: m.PlansPage })) },
        { path: 'plans/:id', lazy: () => import('../features/plans/PlanEditorPage').then((m) => ({ Component: m.PlanEditorPage })) },
        {
          path: 'team',
          lazy: () => import('../features/team/TeamLayout').then((m) => ({ Component: m.TeamLayout })),
          children: [
            { index: true, lazy: () => import('../features/team/MembersPage').then((m) => ({ Component: m.MembersPage })) },
            { path: 'members/new', lazy: () => import('../features/team/MemberEditPages').then((m) => ({ Component: m.MemberNewPage })) },
            { path: 'members/:id', lazy: () => import('../features/team/MemberPage').then((m) => ({ Component: m.MemberPage })) },
            { path: 'members/:id/edit', lazy: () => import('../features/team/MemberEditPages').then((m) => ({ Component: m.MemberEditPage })) },
            { path: 'records', lazy: () => import('../features/team/RecordsPage').then((m) => ({ Component: m.RecordsPage })) },
            { path: 'records/:id', lazy: () => import('../features/team/CompletionEditPage').then((m) => ({ Component: m.CompletionEditPage })) },
            { path: 'record', lazy: () => import('../features/team/RecordPage').then((m) => ({ Component: m.RecordPage })) },
            { path: 'expiring', lazy: () => import('../features/team/ExpiringPage').then((m) => ({ Component: m.ExpiringPage })) },
            { path: 'import', lazy: () => import('../features/team/ImportPage').then((m) => ({ Component: m.ImportPage })) },
          ],
        },
        { path: 'progress', lazy: () => import('../features/progress/ProgressPage').then((m) => ({ Component: m.ProgressPage })) },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'help/shortcuts', lazy: () => import('../features/help/ShortcutsPage').then((m) => ({ Component: m.ShortcutsPage })) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
