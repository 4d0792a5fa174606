import { NavLink, Outlet } from 'react-router';
import { TeamDataGate } from './TeamDataGate';
import { ToastRegion } from './Toast';
import { ScreenBoundary } from '../../components/ScreenBoundary';

const sections = [
  { to: '/team', label: 'Members', end: true },
  { to: '/team/records', label: 'Records', end: false },
  { to: '/team/expiring', label: 'Expiring soon', end: false },
  { to: '/team/import', label: 'Import CSV', end: false },
];

/** Frame of every Team screen: its sub-navigation, the data gate and the undo messages. */
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
      <TeamDataGate>
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </TeamDataGate>
      <ToastRegion />
    </div>
  );
}
