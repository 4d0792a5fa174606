import { useRef } from 'react';
import { Link } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TrainingFactsFor } from '../../../shared/compliance/catalogue-facts';
import { requirementTitle } from '../../../shared/compliance/labels';
import type { ComplianceMatrix, StatusCounts } from '../../../shared/compliance/matrix';
import type { MatrixView } from '../../../shared/compliance/matrix-view';
import { statusDateText } from '../../../shared/compliance/labels';
import { ComplianceBadge } from './StatusBadge';

const ROW_HEIGHT = 44;

function countsText(c: StatusCounts): string {
  return `${c.overdue} overdue · ${c['due-soon']} due soon · ${c['not-started']} not started`;
}

/**
 * The members × requirements grid: header row and name column stay in view while it
 * scrolls both ways, and only the rows on screen exist in the page (1,000 × 30 scrolls
 * smoothly). Table semantics come from ARIA roles, with the full row count announced.
 */
export function MatrixGrid({ matrix, view, facts }: { matrix: ComplianceMatrix; view: MatrixView; facts: TrainingFactsFor }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({
    count: view.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 0, height: 600 },
  });
  const template = `minmax(12rem, 16rem) 11rem repeat(${view.columns.length}, minmax(10rem, 12rem))`;
  return (
    <div className="cmatrix" ref={scrollRef} tabIndex={0} role="region" aria-label="Compliance matrix, scrolls both ways" data-testid="compliance-matrix">
      <div role="table" aria-label="Members by requirement" aria-rowcount={view.rows.length + 1} aria-colcount={view.columns.length + 2}>
        <div role="rowgroup" className="cmatrix__head">
          <div role="row" aria-rowindex={1} className="cmatrix__row" style={{ gridTemplateColumns: template }}>
            <div role="columnheader" className="cmatrix__name">
              Member
            </div>
            <div role="columnheader">Totals</div>
            {view.columns.map((j, k) => {
              const col = matrix.columns[j]!;
              return (
                <div role="columnheader" key={`${col.profileId}-${col.requirement.id}`} data-testid="requirement-heading">
                  <span className="cmatrix__req">{requirementTitle(col.requirement, facts)}</span>
                  <span className="cmatrix__profile">{col.profileName}</span>
                  <span className="cmatrix__counts">{countsText(view.columnCounts[k]!)}</span>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="cmatrix__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = view.rows[v.index]!;
            return (
              <div
                role="row"
                key={row.member.id}
                aria-rowindex={v.index + 2}
                className="cmatrix__row"
                data-testid="compliance-row"
                style={{ gridTemplateColumns: template, transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }}
              >
                <div role="rowheader" className="cmatrix__name">
                  <Link to={`/compliance/members/${row.member.id}`}>{row.member.name}</Link>
                  <span className="cmatrix__role">{[row.member.role, row.member.agency].filter(Boolean).join(', ')}</span>
                </div>
                <div role="cell" className="cmatrix__counts">
                  {countsText(view.rowCounts[v.index]!)}
                </div>
                {view.columns.map((j) => {
                  const cell = row.cells[j]!;
                  return (
                    <div role="cell" key={j} title={statusDateText(cell) || undefined}>
                      <ComplianceBadge cell={cell} withDate={cell.status !== 'not-applicable'} />
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
