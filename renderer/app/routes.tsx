import { useRoutes, type RouteObject } from 'react-router';
import { screens, type ScreenId } from '../../shared/screens';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './NotFoundPage';
import { StartPage } from '../features/catalogue/StartPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { onDemand } from '../components/on-demand-screen';

// Start and Catalogue load with the app, so the first results appear sooner; every other screen on demand.
// Declarative routes (no data router): the app uses no loaders or actions, and the data router
// adds ~55 KB to the start-up bundle and ~15 ms of set-up before the first screen.

/** Each screen of shared/screens.ts: its element and the pages inside it. The Record type makes a new screen impossible to forget. */
const screenRoutes: Record<ScreenId, Pick<RouteObject, 'element' | 'children'>> = {
  start: { element: <StartPage /> },
  catalogue: { element: <CataloguePage /> },
  team: {
    element: onDemand(() => import('../features/team/TeamLayout'), 'TeamLayout'),
    children: [
      { index: true, element: onDemand(() => import('../features/team/MembersPage'), 'MembersPage') },
      { path: 'members/new', element: onDemand(() => import('../features/team/MemberEditPages'), 'MemberNewPage') },
      { path: 'members/:id', element: onDemand(() => import('../features/team/MemberPage'), 'MemberPage') },
      { path: 'members/:id/edit', element: onDemand(() => import('../features/team/MemberEditPages'), 'MemberEditPage') },
      { path: 'records', element: onDemand(() => import('../features/team/RecordsPage'), 'RecordsPage') },
      { path: 'records/:id', element: onDemand(() => import('../features/team/CompletionEditPage'), 'CompletionEditPage') },
      { path: 'record', element: onDemand(() => import('../features/team/RecordPage'), 'RecordPage') },
      { path: 'expiring', element: onDemand(() => import('../features/team/ExpiringPage'), 'ExpiringPage') },
      { path: 'import', element: onDemand(() => import('../features/team/ImportPage'), 'ImportPage') },
    ],
  },
  progress: { element: onDemand(() => import('../features/progress/ProgressPage'), 'ProgressPage') },
  plans: { element: onDemand(() => import('../features/plans/PlansPage'), 'PlansPage') },
  compliance: {
    element: onDemand(() => import('../features/compliance/ComplianceLayout'), 'ComplianceLayout'),
    children: [
      { index: true, element: onDemand(() => import('../features/compliance/CompliancePage'), 'CompliancePage') },
      { path: 'profiles', element: onDemand(() => import('../features/compliance/ProfilesPage'), 'ProfilesPage') },
      { path: 'profiles/new', element: onDemand(() => import('../features/compliance/ProfileEditPage'), 'ProfileEditPage') },
      { path: 'profiles/:id', element: onDemand(() => import('../features/compliance/ProfileEditPage'), 'ProfileEditPage') },
      { path: 'members/:id', element: onDemand(() => import('../features/compliance/ComplianceMemberPage'), 'ComplianceMemberPage') },
    ],
  },
  trainers: {
    element: onDemand(() => import('../features/trainers/TrainersLayout'), 'TrainersLayout'),
    children: [
      { index: true, element: onDemand(() => import('../features/trainers/CurriculaPage'), 'CurriculaPage') },
      { path: 'curricula/:id', element: onDemand(() => import('../features/trainers/CurriculumEditorPage'), 'CurriculumEditorPage') },
      { path: 'deliveries', element: onDemand(() => import('../features/trainers/DeliveriesPage'), 'DeliveriesPage') },
      { path: 'report', element: onDemand(() => import('../features/trainers/ReportPage'), 'ReportPage') },
    ],
  },
  conflicts: { element: onDemand(() => import('../features/sharing/ConflictsPage'), 'ConflictsPage') },
  settings: { element: onDemand(() => import('../features/settings/SettingsPage'), 'SettingsPage') },
};

/** Pages that open from a screen (a record, an editor) or from a command only: not in the navigation. */
const pageRoutes: RouteObject[] = [
  { path: 'catalogue/training/:id', element: onDemand(() => import('../features/catalogue/TrainingDetailPage'), 'TrainingDetailPage') },
  { path: 'catalogue/provider/:id', element: onDemand(() => import('../features/catalogue/ProviderDetailPage'), 'ProviderDetailPage') },
  { path: 'catalogue/resource/:id', element: onDemand(() => import('../features/catalogue/ResourceDetailPage'), 'ResourceDetailPage') },
  { path: 'plans/:id', element: onDemand(() => import('../features/plans/PlanEditorPage'), 'PlanEditorPage') },
  { path: 'help/shortcuts', element: onDemand(() => import('../features/help/ShortcutsPage'), 'ShortcutsPage') },
];

const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppFrame />,
    children: [
      ...screens.map((s): RouteObject => (s.path === '/' ? { index: true, element: screenRoutes[s.id].element } : { path: s.path.slice(1), ...screenRoutes[s.id] })),
      ...pageRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Every screen of the app, under a HashRouter (see main.tsx). */
export function AppRoutes() {
  return useRoutes(routes);
}
