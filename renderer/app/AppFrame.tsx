import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useAppStore } from './app-store';
import { useTheme } from './use-theme';
import { navItems } from './nav-items';
import { DataProblemBanner } from './DataProblemBanner';
import { useShortcuts } from './use-shortcuts';

export function AppFrame() {
  const load = useAppStore((s) => s.load);
  const theme = useAppStore((s) => s.settings?.theme);
  const error = useAppStore((s) => s.error);
  useEffect(() => {
    void load();
  }, [load]);
  useTheme(theme);
  useShortcuts();

  return (
    <div className="frame">
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
          {navItems.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end ?? false} title={`${item.label} (${item.shortcut})`}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <p className="frame__offline">Works offline. Your records stay on this computer.</p>
      </nav>
      <main id="main" className="frame__main" tabIndex={-1}>
        {error ? (
          <div className="banner banner--error" role="alert">
            {error}
          </div>
        ) : null}
        <DataProblemBanner />
        <Outlet />
      </main>
    </div>
  );
}
