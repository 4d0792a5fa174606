import { statusLabels, type ExpiryStatus } from '../../shared/team/status';
import { formatDate } from '../../shared/util/dates';

/** Status in words (never colour alone), with the expiry date when there is one. */
export function StatusBadge({ status, expiresOn }: { status: ExpiryStatus; expiresOn: string | null }) {
  return (
    <span className={`status status--${status}`}>
      {statusLabels[status]}
      {expiresOn ? <span className="status__date"> · {status === 'expired' ? 'expired' : 'until'} {formatDate(expiresOn)}</span> : null}
    </span>
  );
}
