import { statusDateText } from '../../../shared/compliance/labels';
import { complianceStatusIcons, complianceStatusLabels, type CellStatus } from '../../../shared/compliance/status';

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
