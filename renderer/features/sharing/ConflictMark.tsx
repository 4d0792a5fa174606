import { Link } from 'react-router';
import { useSharingStore } from './sharing-store';
import type { SharedRecordType } from '../../../shared/model/sync-status';

/** The conflict of one record, if it has concurrent versions (a few at most: a linear search is enough). */
export function useConflictOf(kind: SharedRecordType, recordId: string) {
  return useSharingStore((s) => s.conflicts?.find((c) => c.recordType === kind && c.recordId === recordId) ?? null);
}

/** On a record's page: says the record has several versions and opens the conflict. */
export function ConflictMark({ kind, recordId }: { kind: SharedRecordType; recordId: string }) {
  const conflict = useConflictOf(kind, recordId);
  if (!conflict) return null;
  return (
    <p className="conflict-mark" data-testid="conflict-mark">
      <span className="badge badge--conflict">{conflict.versions.length} versions</span> This record was changed in two places before the changes met; the version shown
      may not be the right one. <Link to={`/conflicts?record=${encodeURIComponent(conflict.id)}`}>Choose which to keep</Link>
    </p>
  );
}

/** In a list row (one Tab stop per row, so no link): the same mark as words. */
export function ConflictBadge({ kind, recordId }: { kind: SharedRecordType; recordId: string }) {
  const conflict = useConflictOf(kind, recordId);
  return conflict ? <span className="badge badge--conflict">{conflict.versions.length} versions: see Conflicts</span> : null;
}
