import type { Member } from '../../../shared/model/team';
import type { ImportPlan } from '../../../shared/team/import-plan';
import { RowProblemsList } from '../../components/RowProblemsList';
import { formatDate, formatPeriod } from '../../../shared/util/dates';
import { formatNumber } from '../../components/format-number';
import { plural } from '../../components/format-count';

const PREVIEW_ROWS = 10;

/** The first `shown` items, "; " between them, then how many more there are. */
function someOf<T>(items: readonly T[], shown: number, format: (item: T) => string): string {
  const more = items.length - shown;
  return items.slice(0, shown).map(format).join('; ') + (more > 0 ? ` and ${formatNumber(more)} more` : '');
}

/** What the import would do: counts, every problem by row and field, and the first records. */
export function ImportPreview({
  plan,
  fileName,
  members,
  repeatAbove,
  leftOutAfterToday,
}: {
  plan: ImportPlan;
  fileName: string;
  members: ReadonlyMap<string, Member>;
  repeatAbove: boolean;
  /** "Leave out rows dated after today" is ticked: plan.afterToday are left out, not refused. */
  leftOutAfterToday: boolean;
}) {
  // Rows with no training, date or person of their own may be cells merged down in Excel: say what to tick.
  const emptyTrainingOrDate = !repeatAbove && plan.rowsWithEmptyCells > 0;
  const nameOf = (id: string) => members.get(id)?.name ?? plan.newMembers.find((m) => m.id === id)?.name ?? id;
  const badRows = new Set(plan.errors.map((e) => e.rowNumber)).size;
  const withoutHours = plan.completions.reduce((n, c) => (c.hours === undefined ? n + 1 : n), 0);
  const classDays = plan.classDays.reduce((n, c) => n + c.folded, 0);

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
        {plan.notCompleted > 0 ? (
          <li data-testid="not-completed">
            <strong>{formatNumber(plan.notCompleted)}</strong> not completed (skipped)
          </li>
        ) : null}
        {classDays > 0 ? (
          <li>
            <strong>{formatNumber(classDays)}</strong> more {classDays === 1 ? 'day' : 'days'} of a class (one record per class)
          </li>
        ) : null}
        {plan.summaryRows.length > 0 ? (
          <li>
            <strong>{formatNumber(plan.summaryRows.length)}</strong> total, summary or note {plan.summaryRows.length === 1 ? 'line' : 'lines'} at the end (skipped)
          </li>
        ) : null}
        {plan.headingRows.length > 0 ? (
          <li>
            <strong>{formatNumber(plan.headingRows.length)}</strong> {plan.headingRows.length === 1 ? 'heading line' : 'heading lines'} between the rows (skipped)
          </li>
        ) : null}
        {plan.headerLines.length > 0 ? (
          <li>
            <strong>{formatNumber(plan.headerLines.length)}</strong> more header {plan.headerLines.length === 1 ? 'line' : 'lines'} (skipped)
          </li>
        ) : null}
        {withoutHours > 0 ? (
          <li>
            <strong>{formatNumber(withoutHours)}</strong> without hours (kept as <em>hours not recorded</em>)
          </li>
        ) : null}
        <li className={badRows > 0 ? 'attention' : ''}>
          <strong>{formatNumber(badRows)}</strong> rows with problems
        </li>
      </ul>
      {plan.summaryRows.length > 0 ? (
        <p className="muted">Skipped at the end: {plan.summaryRows.slice(0, 3).map((r) => `row ${r.rowNumber} (${r.text || 'no member'})`).join('; ')}.</p>
      ) : null}
      {plan.looseNames.length > 0 ? (
        <p data-testid="loose-names">
          Matched by first and last name (check they are the same people):{' '}
          {someOf(plan.looseNames, 5, (n) => `“${n.written}” (row ${n.rowNumber}) as ${n.member}`)}.
        </p>
      ) : null}
      {plan.headingRows.length > 0 ? (
        <p className="muted">
          Skipped as headings (a line with one cell filled is not a record): {someOf(plan.headingRows, 3, (r) => `row ${r.rowNumber} (${r.text})`)}.
        </p>
      ) : null}
      {plan.headerLines.length > 0 ? (
        <p className="muted" data-testid="header-lines">
          Skipped as more of the header:{' '}
          {someOf(plan.headerLines, 3, (r) => `row ${r.rowNumber}, ${r.kind === 'repeat' ? 'the header again' : 'notes on the columns'} (${r.text})`)}.
        </p>
      ) : null}
      {plan.classDays.length > 0 ? (
        <p data-testid="class-days">
          The same course a few days apart is one class, recorded once on its last day:{' '}
          {someOf(plan.classDays, 3, (c) => `${nameOf(c.memberId)}, ${c.trainingTitle}, ${formatPeriod({ start: c.first, end: c.last })}${c.hoursAdded ? ', its days’ hours added up' : ''}`)}.
        </p>
      ) : null}
      {plan.notOnTeam.length > 0 ? (
        <p data-testid="not-on-team">
          Left out as not on the team:{' '}
          {someOf(plan.notOnTeam, 5, (n) => `${n.written} (row ${n.rowNumber})`)}.
        </p>
      ) : null}
      {plan.afterToday.length > 0 && leftOutAfterToday ? (
        <p data-testid="after-today">
          Left out as not taken yet (dated after today):{' '}
          {someOf(plan.afterToday, 5, (r) => `row ${r.rowNumber} (${r.written})`)}.
        </p>
      ) : null}
      {plan.otherTable !== null ? (
        <p className="muted" data-testid="other-table">
          Not read: another table starts at row {plan.otherTable.rowNumber} ({plan.otherTable.text}), with{' '}
          {plural(plan.otherTable.rows, 'row')} under it. Only the table under the header is imported.
        </p>
      ) : null}
      {plan.newMembers.length > 0 ? (
        <p>
          Members to add: {plan.newMembers.slice(0, 10).map((m) => m.name).join(', ')}
          {plan.newMembers.length > 10 ? ` and ${plan.newMembers.length - 10} more` : ''}.
        </p>
      ) : null}

      {plan.errors.length > 0 ? (
        <RowProblemsList
          problems={plan.errors}
          testId="import-errors"
          heading={`Nothing can be imported until ${badRows === 1 ? 'this row is' : `these ${formatNumber(badRows)} rows are`} fixed in ${fileName}`}
        >
          <p>Correct the file in your spreadsheet program, save it as CSV, and choose it again. Row 1 is the header row.</p>
          {emptyTrainingOrDate ? (
            <p data-testid="repeat-above-offer">
              If an empty cell means the same as the row above (a course and its date typed once beside everyone who took it, a name once beside all that person’s courses, or cells merged in Excel), tick <em>An empty cell means the same as the row above</em> under Dates instead.
            </p>
          ) : null}
        </RowProblemsList>
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
              <th scope="col">Expires</th>
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
                <td className="num">{c.hours === undefined ? <em>hours not recorded</em> : formatNumber(c.hours)}</td>
                <td>{c.expiresOn ? formatDate(c.expiresOn) : c.validForMonths ? `after ${plural(c.validForMonths, 'month')}` : 'No expiry'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
