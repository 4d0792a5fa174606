import { useEffect } from 'react';
import { Outlet } from 'react-router';
import { SubNav, type SubNavSection } from '../../components/SubNav';
import { ScreenBoundary } from '../../components/ScreenBoundary';
import { DataGate } from '../../app/DataGate';
import { loadProfiles } from './compliance-actions';
import { useComplianceStore } from './compliance-store';
import './compliance.css';

const sections: SubNavSection[] = [
  { to: '/compliance', label: 'Matrix', end: true },
  { to: '/compliance/profiles', label: 'Requirement profiles', end: false },
];

/** Frame of every Compliance screen: sub-navigation and the team and profile data. */
export function ComplianceLayout() {
  const status = useComplianceStore((s) => s.status);
  const error = useComplianceStore((s) => s.error);
  useEffect(() => {
    void loadProfiles();
  }, []);
  return (
    <div className="compliance">
      <SubNav label="Compliance" sections={sections} />
      <DataGate team>
        {status === 'error' ? (
          <div className="banner banner--error" role="alert">
            The requirement profiles could not be loaded: {error}
          </div>
        ) : status !== 'ready' ? (
          <p aria-busy="true">Loading requirement profiles…</p>
        ) : (
          <ScreenBoundary>
            <Outlet />
          </ScreenBoundary>
        )}
      </DataGate>
    </div>
  );
}
