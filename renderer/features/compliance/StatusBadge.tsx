import { complianceStatusIcons, complianceStatusLabels, type CellStatus } from '../../../shared/compliance/status';
import { formatDate } from '../../../shared/util/dates';

/** What the date beside a status means, in words. */
export function statusDateText(cell: Pick<CellStatus, 'status' | 'date'>): string {
  if (cell.date === null) return cell.status === 'current' ? 'no renewal needed' : '';
  switch (cell.status) {
    case 'current':
      return `until ${formatDate(cell.date)}`;
    case 'due-soon':
    case 'not-started':
      return `due by ${formatDate(cell.date)}`;
    case 'overdue':
      return `since ${formatDate(cell.date)}`;
    default:
      return '';
  }
}

/** Icon and words, never colour alone; the date in words for screen readers too. */
export function ComplianceBadge({ cell, withDate = false }: { cell: Pick<CellStatus, 'status' | 'date'>; withDate?: boolean }) {
  const date = statusDateText(cell);
  return (
    <span className={`cstatus cstatus--${cell.status}`}>
      <span aria-hidden="true" className="cstatus__icon">
        {complianceStatusIcons[cell.status]}
      </span>{' '}
      {complianceStatusLabels[cell.status]}
      {withDate && date ? <span className="cstatus__date"> {date}</span> : null}
    </span>
  );
}
