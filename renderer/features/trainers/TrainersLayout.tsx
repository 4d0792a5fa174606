import { Outlet } from 'react-router';
import { ScreenBoundary } from '../../components/ScreenBoundary';
import { SubNav, type SubNavSection } from '../../components/SubNav';

const sections: SubNavSection[] = [
  { to: '/trainers', label: 'Curricula', end: true },
  { to: '/trainers/deliveries', label: 'Deliveries', end: false },
  { to: '/trainers/report', label: 'Delivery report', end: false },
];

/** Frame of the trainers' screens: their sub-navigation. */
export function TrainersLayout() {
  return (
    <div className="trainers">
      <SubNav label="For trainers" sections={sections} />
      <ScreenBoundary>
        <Outlet />
      </ScreenBoundary>
    </div>
  );
}
