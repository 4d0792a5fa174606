import { lazy, Suspense, useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useAppStore } from './app-store';
import { useTheme } from './use-theme';
import { screens } from '../../shared/screens';
import { DataProblemBanner } from './DataProblemBanner';
import { SaveProblemBanner } from './SaveProblemBanner';
import { AppCommands } from './AppCommands';
import { acceleratorFor, formatKeys } from '../../shared/shortcuts';
import { isMacPlatform } from './platform';
import { ScreenBoundary } from '../components/ScreenBoundary';
import { NoticeRegion } from './NoticeRegion';
import { useSharingStore } from '../features/sharing/sharing-store';
import { useAfterPaint } from '../components/use-after-paint';

// Loaded after the first paint: the screen's own content does not wait for the daily compliance digest.
const ReminderDigest = lazy(() => import('../features/compliance/ReminderDigest').then((m) => ({ default: m.ReminderDigest })));
// Likewise the watch on sharing (status, conflicts, changes from other coordinators).
const SharingWatch = lazy(() => import('../features/sharing/SharingWatch').then((m) => ({ default: m.SharingWatch })));

export function AppFrame() {
  const load = useAppStore((s) => s.load);
  const theme = useAppStore((s) => s.settings?.theme);
  const error = useAppStore((s) => s.error);
  const sharedWithServer = useSharingStore((s) => s.status?.serverUrl != null);
  useEffect(() => {
    void load();
  }, [load]);
  useTheme(theme);
  const isMac = isMacPlatform();
  // The digest and the sharing watch start after the first paint, so the first frame is the same
  // as the pre-rendered one (which has neither) and never waits for them.
  const painted = useAfterPaint();

  return (
    <div className="frame">
      <AppCommands />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="frame__nav" aria-label="Main">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            TTA
          </span>
          <span className="brand__name">Navigator</span>
        </div>
        <ul>
          {screens.map((screen) => (
            <li key={screen.id}>
              {/* Start is exact; the others stay highlighted on their nested pages (a training under Catalogue). */}
              <NavLink to={screen.path} end={screen.path === '/'} title={shortcutTitle(screen.nav, acceleratorFor({ command: screen.command }), isMac)}>
                {screen.nav}
              </NavLink>
            </li>
          ))}
        </ul>
        <p className="frame__offline">
          {sharedWithServer ? 'Works offline. Changes are shared with your task force’s server when online.' : 'Works offline. Your records stay on this computer.'}
        </p>
      </nav>
      <main id="main" className="frame__main" tabIndex={-1}>
        {error ? (
          <div className="banner banner--error" role="alert">
            {error}
          </div>
        ) : null}
        <SaveProblemBanner />
        <DataProblemBanner />
        {painted ? (
          <Suspense fallback={null}>
            <ReminderDigest />
            <SharingWatch />
          </Suspense>
        ) : null}
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
        <NoticeRegion />
      </main>
    </div>
  );
}

function shortcutTitle(label: string, keys: string | undefined, isMac: boolean): string {
  return keys ? `${label} (${formatKeys(keys, isMac)})` : label;
}
