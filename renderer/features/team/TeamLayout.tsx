import { Outlet } from 'react-router';
import { SubNav, type SubNavSection } from '../../components/SubNav';
import { DataGate } from '../../app/DataGate';
import { ScreenBoundary } from '../../components/ScreenBoundary';

const sections: SubNavSection[] = [
  { to: '/team', label: 'Members', end: true },
  { to: '/team/records', label: 'Records', end: false },
  { to: '/team/expiring', label: 'Expiring soon', end: false },
  { to: '/team/import', label: 'Import CSV', end: false },
];

/** Frame of every Team screen: its sub-navigation and the data gate. */
export function TeamLayout() {
  return (
    <div className="team">
      <SubNav label="Team" sections={sections} />
      <DataGate team>
        <ScreenBoundary>
          <Outlet />
        </ScreenBoundary>
      </DataGate>
    </div>
  );
}
