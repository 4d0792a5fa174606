import type { Member } from '../../../shared/model/team';
import { formatRowError, type ImportPlan } from '../../../shared/team/csv-import';
import { formatDate } from '../../../shared/util/dates';
import { formatNumber } from '../../components/format-number';
import { plural } from '../../components/format-count';

const MAX_ERRORS_SHOWN = 200;
const PREVIEW_ROWS = 10;

/** What the import would do: counts, every problem by row and field, and the first records. */
export function ImportPreview({ plan, fileName, members }: { plan: ImportPlan; fileName: string; members: ReadonlyMap<string, Member> }) {
  const nameOf = (id: string) => members.get(id)?.name ?? plan.newMembers.find((m) => m.id === id)?.name ?? id;
  const badRows = new Set(plan.errors.map((e) => e.rowNumber)).size;

  return (
    <section aria-labelledby="preview-title" className="card">
      <h2 id="preview-title">Preview</h2>
      <ul className="tally">
        <li>
          <strong>{formatNumber(plan.rowsRead)}</strong> rows read
        </li>
        <li>
          <strong>{formatNumber(plan.completions.length)}</strong> records ready ({formatNumber(plan.catalogueMatches)} catalogue, {formatNumber(plan.customTrainings)} outside it)
        </li>
        <li>
          <strong>{formatNumber(plan.duplicates)}</strong> already recorded (will be skipped)
        </li>
        <li>
          <strong>{formatNumber(plan.newMembers.length)}</strong> new members
        </li>
        <li className={badRows > 0 ? 'attention' : ''}>
          <strong>{formatNumber(badRows)}</strong> rows with problems
        </li>
      </ul>
      {plan.newMembers.length > 0 ? (
        <p>
          Members to add: {plan.newMembers.slice(0, 10).map((m) => m.name).join(', ')}
          {plan.newMembers.length > 10 ? ` and ${plan.newMembers.length - 10} more` : ''}.
        </p>
      ) : null}

      {plan.errors.length > 0 ? (
        <div className="banner banner--error" data-testid="import-errors">
          <h3 className="subhead">
            Nothing can be imported until {badRows === 1 ? 'this row is' : `these ${formatNumber(badRows)} rows are`} fixed in {fileName}
          </h3>
          <ul className="error-list">
            {plan.errors.slice(0, MAX_ERRORS_SHOWN).map((e, i) => (
              <li key={i}>{formatRowError(e)}</li>
            ))}
          </ul>
          {plan.errors.length > MAX_ERRORS_SHOWN ? <p>…and {formatNumber(plan.errors.length - MAX_ERRORS_SHOWN)} more problems.</p> : null}
          <p>Correct the file in your spreadsheet program, save it as CSV, and choose it again. Row 1 is the header row.</p>
        </div>
      ) : null}

      {plan.completions.length > 0 ? (
        <table className="table">
          <caption>
            {plan.completions.length > PREVIEW_ROWS ? `First ${PREVIEW_ROWS} of ${plural(plan.completions.length, 'record')} to import` : 'Records to import'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Training</th>
              <th scope="col">Completed on</th>
              <th scope="col" className="num">
                Hours
              </th>
              <th scope="col">Valid for</th>
            </tr>
          </thead>
          <tbody>
            {plan.completions.slice(0, PREVIEW_ROWS).map((c) => (
              <tr key={c.id}>
                <td>{nameOf(c.memberId)}</td>
                <td>
                  {c.trainingTitle ?? c.custom?.title} <span className="muted">({c.trainingId ? 'catalogue' : 'outside the catalogue'})</span>
                </td>
                <td>{formatDate(c.completedOn)}</td>
                <td className="num">{formatNumber(c.hours)}</td>
                <td>{c.validForMonths ? plural(c.validForMonths, 'month') : 'No expiry'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
