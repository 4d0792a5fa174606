import { createHashRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './NotFoundPage';
import { StartPage } from '../features/catalogue/StartPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';

// Hash routing: the app is served from app://bundle/index.html, where there is no server to answer deep paths.
// Start and Catalogue load with the app; every other screen loads on first visit, so the
// first results appear sooner (the forms and charts pull in zod and Recharts).
export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppFrame />,
      children: [
        { index: true, element: <StartPage /> },
        { path: 'catalogue', element: <CataloguePage /> },
        { path: 'catalogue/training/:id', lazy: () => import('../features/catalogue/TrainingDetailPage').then((m) => ({ Component: m.TrainingDetailPage })) },
        { path: 'catalogue/provider/:id', lazy: () => import('../features/catalogue/ProviderDetailPage').then((m) => ({ Component: m.ProviderDetailPage })) },
        { path: 'catalogue/resource/:id', lazy: () => import('../features/catalogue/ResourceDetailPage').then((m) => ({ Component: m.ResourceDetailPage })) },
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
        { path: 'settings', lazy: () => import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
        { path: 'help/shortcuts', lazy: () => import('../features/help/ShortcutsPage').then((m) => ({ Component: m.ShortcutsPage })) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
