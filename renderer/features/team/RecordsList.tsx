import { Link } from 'react-router';
import type { CompletionRow } from '../../../shared/team/team-index';
import { StatusBadge } from '../../components/StatusBadge';
import { VirtualList } from '../../components/VirtualList';
import { formatDate } from '../../../shared/util/dates';
import { formatHours } from '../../components/format-number';
import { ConflictBadge } from '../sharing/ConflictMark';

interface Props {
  rows: readonly CompletionRow[];
  showMember: boolean;
  label: string;
  empty: string;
}

/** Completions as a virtualised list; each opens its record for editing. */
export function RecordsList({ rows, showMember, label, empty }: Props) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <VirtualList
      items={rows}
      itemKey={(r: CompletionRow) => r.completion.id}
      estimate={68}
      label={label}
      testId="records-list"
      renderRow={(r, focus) => (
        <div className={`record-row${r.superseded ? ' record-row--renewed' : ''}`}>
          <Link {...focus} to={`/team/records/${encodeURIComponent(r.completion.id)}`} className="row-link">
            {showMember ? `${r.member?.name ?? 'Unknown member'}: ` : ''}
            {r.title}
          </Link>
          {r.retired ? <span className="badge">Retired from the catalogue</span> : null}
          {r.custom ? <span className="badge">Outside the catalogue</span> : null}
          {r.superseded ? <span className="badge">Renewed since</span> : null}
          {r.completion.certificate ? <span className="badge">Certificate on file</span> : null}
          <ConflictBadge kind="completion" recordId={r.completion.id} />
          <span className="record-row__meta">
            Completed {formatDate(r.completion.completedOn)} · {formatHours(r.completion.hours)}
            {r.providerName ? ` · ${r.providerName}` : ''}
          </span>
          <StatusBadge status={r.status} expiresOn={r.expiresOn} />
        </div>
      )}
    />
  );
}
