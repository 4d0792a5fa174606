import type { GapCell } from '../../../shared/plans/gap-matrix';
import type { PlanView } from '../../../shared/plans/plan-view';

function cellText(cell: GapCell): { text: string; className: string } {
  if (cell.assigned) return { text: cell.state === 'done' ? 'Done' : cell.state === 'overdue' ? 'Overdue' : 'Planned', className: `plan-state plan-state--${cell.state}` };
  return cell.state === 'done' ? { text: 'Done already', className: 'plan-state plan-state--done' } : { text: 'Not assigned', className: 'plan-state plan-state--needed' };
}

/** Members × items: who still needs what. A real table with row and column headers. */
export function GapMatrixTable({ view }: { view: PlanView }) {
  const { matrix } = view;
  if (matrix.memberIds.length === 0 || matrix.itemIds.length === 0) {
    return <p className="muted">The matrix fills in once the plan has items and people (assigned, or in its audience focus).</p>;
  }
  const members = new Map(view.members.map((m) => [m.id, m]));
  const items = new Map(view.items.map((i) => [i.item.id, i]));
  return (
    <div className="plan-matrix-scroll" tabIndex={0} role="region" aria-labelledby="gap-title">
      <table className="table plan-matrix" data-testid="gap-matrix">
        <caption className="visually-hidden">Who still needs which training: rows are members, columns are the plan’s items</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            {matrix.itemIds.map((id, col) => (
              <th scope="col" key={id}>
                <span className="plan-matrix__no">{col + 1}.</span> {items.get(id)?.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.memberIds.map((memberId, row) => (
            <tr key={memberId}>
              <th scope="row">{members.get(memberId)?.name ?? memberId}</th>
              {matrix.cells[row]!.map((cell, col) => {
                const { text, className } = cellText(cell);
                return (
                  <td key={matrix.itemIds[col]} className={className}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
