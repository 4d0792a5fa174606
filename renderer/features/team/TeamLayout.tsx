import { NavLink, Outlet } from 'react-router';
import { DataGate } from '../../app/DataGate';
import { ScreenBoundary } from '../../components/ScreenBoundary';

const sections = [
  { to: '/team', label: 'Members', end: true },
  { to: '/team/records', label: 'Records', end: false },
  { to: '/team/expiring', label: 'Expiring soon', end: false },
  { to: '/team/import', label: 'Import CSV', end: false },
];

/** Frame of every Team screen: its sub-navigation and the data gate. */
export function TeamLayout() {
  return (
    <div className="team">
      <nav className="subnav" aria-label="Team">
        <ul>
          {sections.map((s) => (
            <li key={s.to}>
              <NavLink to={s.to} end={s.end}>
                {s.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <DataGate team>
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </DataGate>
    </div>
  );
}
