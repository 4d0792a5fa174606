import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConflictCard } from './ConflictCard';
import { loadConflicts } from './sharing-actions';
import { useSharingStore } from './sharing-store';

/** Every record with concurrent versions: who changed what, when; keep one or merge field by field. */
export function ConflictsPage() {
  const conflicts = useSharingStore((s) => s.conflicts);
  const error = useSharingStore((s) => s.error);
  const [params] = useSearchParams();
  const wanted = params.get('record');
  const focused = useRef<string | null>(null);

  useEffect(() => {
    void loadConflicts().catch((e: unknown) => useSharingStore.setState({ error: e instanceof Error ? e.message : String(e) }));
  }, []);

  // Opened from a record's mark: bring that record's conflict into view, once.
  useEffect(() => {
    if (!wanted || !conflicts || focused.current === wanted) return;
    const heading = document.getElementById(headingId(wanted));
    if (heading) {
      focused.current = wanted;
      heading.focus();
      heading.scrollIntoView({ block: 'start' });
    }
  }, [wanted, conflicts]);

  return (
    <div className="page conflicts">
      <h1>Conflicts</h1>
      <p className="lead">
        When two coordinators change the same record before their changes meet, both versions are kept and one of them is shown. Choose which
        to keep, or take each detail from the version that has it right; your choice is shared like any other change.
      </p>
      {conflicts === null ? (
        error ? (
          <div className="banner banner--error" role="alert">
            The conflicts could not be loaded: {error}
          </div>
        ) : (
          <p aria-busy="true">Loading conflicts…</p>
        )
      ) : conflicts.length === 0 ? (
        <p className="empty" data-testid="no-conflicts">
          No conflicts: every shared record has one version. <Link to="/settings">Sharing settings</Link>
        </p>
      ) : (
        conflicts.map((c) => <ConflictCard key={`${c.id} ${c.versions.map((v) => v.rev).join(' ')}`} conflict={c} headingId={headingId(c.id)} />)
      )}
    </div>
  );
}

function headingId(docId: string): string {
  return `conflict-${docId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
