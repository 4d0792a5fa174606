import type { DataProblem, SetAsideRecord } from '../../../shared/model/app-info';

const LIST_LABELS: Record<SetAsideRecord['list'], string> = {
  settings: 'Settings',
  members: 'Team member',
  completions: 'Completion',
  plans: 'Training plan',
  profiles: 'Requirement profile',
  curricula: 'Curriculum',
  deliveries: 'Delivery',
};

/** Which record, which field and why, one row per problem found at start. */
export function SetAsideList({ problem }: { problem: DataProblem }) {
  const rows = problem.setAside ?? [];
  const total = problem.setAsideCount ?? rows.length;
  return (
    <>
      <table className="table set-aside-table" aria-label="Records set aside">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Field</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>
                {LIST_LABELS[r.list]}
                {r.index === null ? '' : ` ${r.index + 1}`}
                {r.id ? <span className="muted"> ({r.id})</span> : null}
              </td>
              <td>{r.field}</td>
              <td>{r.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > 0 && total > new Set(rows.map((r) => `${r.list}:${r.index}`)).size ? (
        <p className="muted">Only the first problems are listed here; the exported file holds every set-aside record.</p>
      ) : null}
    </>
  );
}
