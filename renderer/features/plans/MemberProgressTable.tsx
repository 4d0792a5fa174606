import type { PlanView } from '../../../shared/plans/plan-view';

/** Done / planned / overdue per member across the plan's counted items. */
export function MemberProgressTable({ view }: { view: PlanView }) {
  const assigned = view.members.filter((m) => m.counts.total > 0);
  if (assigned.length === 0) return <p className="muted">Assign people to items to follow their progress here.</p>;
  return (
    <table className="table" data-testid="member-progress">
      <caption className="visually-hidden">Progress by member</caption>
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Done</th>
          <th scope="col">Planned</th>
          <th scope="col">Overdue</th>
        </tr>
      </thead>
      <tbody>
        {assigned.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.name}</th>
            <td>{m.counts.done}</td>
            <td>{m.counts.planned}</td>
            <td className={m.counts.overdue > 0 ? 'plan-state plan-state--overdue' : undefined}>{m.counts.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
