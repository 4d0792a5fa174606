import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ComplianceDigest } from '../../../shared/contract/compliance-channels';
import { plural } from '../../components/format-count';
import { fetchDigest } from './compliance-actions';

/** "N people overdue, M due soon" for the Start and Team screens, counted in main over the saved data. */
export function DueFigures() {
  const [digest, setDigest] = useState<ComplianceDigest | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetchDigest()
      .then((d) => live && setDigest(d))
      .catch((e: unknown) => live && setError((e as Error).message));
    return () => {
      live = false;
    };
  }, []);
  if (error) return <p className="muted">Compliance figures are not available: {error}</p>;
  if (!digest) return null;
  return (
    <p className="due-figures" data-testid="due-figures">
      <span>
        <strong>{plural(digest.overduePeople, 'person', 'people')} overdue</strong>, {plural(digest.dueSoonPeople, 'person', 'people')} due soon (within {digest.warningDays} days)
      </span>
      <Link to={digest.overduePeople > 0 ? '/compliance?status=overdue' : '/compliance'}>Open compliance</Link>
    </p>
  );
}
