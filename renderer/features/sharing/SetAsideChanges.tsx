import type { SetAsideVersion } from '../../../shared/model/sync-conflict';
import { formatMoment } from '../../../shared/util/dates';
import { plural } from '../../components/format-count';

/** Changes from others that failed the record check: never applied; where each came from and why. */
export function SetAsideChanges({ count, versions }: { count: number; versions: SetAsideVersion[] | null }) {
  if (count === 0) return null;
  return (
    <div className="sharing__set-aside" data-testid="sync-set-aside">
      <h3 id="sharing-set-aside-title">Changes set aside</h3>
      <p>
        {plural(count, 'change')} from other coordinators could not be used and {count === 1 ? 'was' : 'were'} set aside; your records did not
        change because of {count === 1 ? 'it' : 'them'}. Tell whoever sent {count === 1 ? 'it' : 'them'} what was wrong.
      </p>
      {versions && versions.length > 0 ? (
        <table className="table" aria-labelledby="sharing-set-aside-title">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">From</th>
              <th scope="col">What was wrong</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={`${v.id} ${v.rev}`}>
                <td>{v.id}</td>
                <td className="path">{v.origin}</td>
                <td>{v.reason}</td>
                <td>{formatMoment(v.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
