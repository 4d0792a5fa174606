import type { ReactNode } from 'react';
import { formatRowError, type RowError } from '../../shared/team/import-plan';
import { formatNumber } from './format-number';

const MAX_SHOWN = 200;

/** Every problem of an import, one line each: "Row 8, Name (column "Print Name"): …". Both imports list them so. */
export function RowProblemsList({ problems, heading, children, testId }: { problems: readonly RowError[]; heading: ReactNode; children?: ReactNode; testId?: string }) {
  return (
    <div className="banner banner--error" data-testid={testId}>
      <h3 className="subhead">{heading}</h3>
      <ul className="error-list">
        {problems.slice(0, MAX_SHOWN).map((e, i) => (
          <li key={i}>{formatRowError(e)}</li>
        ))}
      </ul>
      {problems.length > MAX_SHOWN ? <p>…and {formatNumber(problems.length - MAX_SHOWN)} more problems.</p> : null}
      {children}
    </div>
  );
}
