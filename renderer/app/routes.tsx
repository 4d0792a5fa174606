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
import { TeamLayout } from '../features/team/TeamLayout';
import { MembersPage } from '../features/team/MembersPage';
import { MemberPage } from '../features/team/MemberPage';
import { MemberEditPage, MemberNewPage } from '../features/team/MemberEditPages';
import { RecordsPage } from '../features/team/RecordsPage';
import { CompletionEditPage } from '../features/team/CompletionEditPage';
import { RecordPage } from '../features/team/RecordPage';
import { ExpiringPage } from '../features/team/ExpiringPage';
import { ImportPage } from '../features/team/ImportPage';
import { ProgressPage } from '../features/progress/ProgressPage';
import { PlansPage } from '../features/plans/PlansPage';
import { PlanEditorPage } from '../features/plans/PlanEditorPage';

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
        { path: 'plans', element: <PlansPage /> },
        { path: 'plans/:id', element: <PlanEditorPage /> },
        {
          path: 'team',
          element: <TeamLayout />,
          children: [
            { index: true, element: <MembersPage /> },
            { path: 'members/new', element: <MemberNewPage /> },
            { path: 'members/:id', element: <MemberPage /> },
            { path: 'members/:id/edit', element: <MemberEditPage /> },
            { path: 'records', element: <RecordsPage /> },
            { path: 'records/:id', element: <CompletionEditPage /> },
            { path: 'record', element: <RecordPage /> },
            { path: 'expiring', element: <ExpiringPage /> },
            { path: 'import', element: <ImportPage /> },
          ],
        },
        { path: 'progress', element: <ProgressPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'help/shortcuts', element: <ShortcutsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
