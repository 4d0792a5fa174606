import { Link } from 'react-router';
import { useAppStore } from './app-store';

/** Shown on every screen while the data file at start could not be used in full. */
export function DataProblemBanner() {
  const problem = useAppStore((s) => s.info?.dataProblem);
  if (!problem) return null;
  if (problem.kind === 'records-set-aside') {
    const count = problem.setAsideCount ?? 0;
    return (
      <div className="banner banner--warning" role="alert">
        <strong>
          {count === 1 ? '1 record' : `${count} records`} in your data file could not be used.
        </strong>{' '}
        {count === 1 ? 'It was' : 'They were'} set aside; everything else was loaded. <Link to="/settings#data-problem">See which records and why</Link>
      </div>
    );
  }
  return (
    <div className="banner banner--warning" role="alert">
      <strong>Your data file could not be opened.</strong> The app started with empty data and kept the damaged file.{' '}
      <Link to="/settings#data-problem">See what happened and restore a backup</Link>
    </div>
  );
}
