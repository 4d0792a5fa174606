import { Link } from 'react-router';
import { useAppStore } from './app-store';

/** Shown on every screen while the data file at start could not be used. */
export function DataProblemBanner() {
  const problem = useAppStore((s) => s.info?.dataProblem);
  if (!problem) return null;
  return (
    <div className="banner banner--warning" role="alert">
      <strong>Your data file could not be opened.</strong> The app started with empty data and kept the damaged file.{' '}
      <Link to="/settings#data-problem">See what happened and restore a backup</Link>
    </div>
  );
}
