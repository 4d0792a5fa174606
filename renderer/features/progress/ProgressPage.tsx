import { useMemo } from 'react';
import { Link } from 'react-router';
import {
  completionsByFamily,
  completionsByMemberAudience,
  expiryBuckets,
  hoursByMember,
  hoursByMonth,
  inPeriod,
  memberName,
  needingRenewal,
  totalHours,
  countWithoutHours,
  CUSTOM_FAMILY,
  NO_AUDIENCE,
  UNKNOWN_FAMILY,
} from '../../../shared/team/aggregates';
import { periodChoices } from '../../../shared/team/periods';
import type { TeamIndex } from '../../../shared/team/team-index';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { DataGate } from '../../app/DataGate';
import { useTeamIndex } from '../team/team-data';
import { useParam } from '../../components/use-param';
import { useWarningDays } from '../../app/use-warning-days';
import { formatDate, formatMonth } from '../../../shared/util/dates';
import { formatNumber } from '../../components/format-number';
import { plural } from '../../components/format-count';
import { StatusBadge } from '../../components/StatusBadge';
import { BarChartCard, type ChartRow } from './BarChartCard';

/** How many members the hours chart shows; the rest are summed in a note. */
const TOP_MEMBERS = 15;

export function ProgressPage() {
  return (
    <DataGate team>
      <ProgressView />
    </DataGate>
  );
}

function yearsOf(index: TeamIndex): Set<string> {
  const years = new Set<string>();
  for (const r of index.rows) years.add(r.completion.completedOn.slice(0, 4));
  return years;
}

function ProgressView() {
  const index = useTeamIndex();
  const labels = useCatalogueStore((s) => s.loaded!.labels);
  const warningDays = useWarningDays();
  const choices = useMemo(() => periodChoices(index.today, yearsOf(index)), [index]);
  const [periodId, setPeriodId] = useParam('period', choices[0]!.id);
  const period = choices.find((c) => c.id === periodId) ?? choices[0]!;

  // Every aggregate is one pass over the period's rows, recomputed only when the data or period changes.
  const summary = useMemo(() => {
    const rows = inPeriod(index.rows, period);
    const members = hoursByMember(rows);
    return {
      hours: totalHours(rows),
      withoutHours: countWithoutHours(rows),
      completions: rows.length,
      people: members.length,
      members,
      months: hoursByMonth(rows, period.months),
      families: completionsByFamily(rows),
      audiences: completionsByMemberAudience(rows),
    };
  }, [index, period]);
  const renewals = useMemo(() => needingRenewal(index, warningDays), [index, warningDays]);
  const buckets = expiryBuckets(renewals);

  const familyLabel = (key: string) => (key === CUSTOM_FAMILY ? 'Outside the catalogue' : key === UNKNOWN_FAMILY ? 'Unknown program' : labels.value('family', key));
  const audienceLabel = (key: string) => (key === NO_AUDIENCE ? 'No audience set' : labels.value('audience', key));
  const memberRows: ChartRow[] = summary.members.slice(0, TOP_MEMBERS).map((t) => ({ key: t.key, label: memberName(index.memberById, t.key), value: t.hours, extra: t.completions }));
  const others = summary.members.slice(TOP_MEMBERS);
  const bucketRows: ChartRow[] = [
    { key: 'expired', label: 'Expired', value: buckets.expired },
    { key: '30', label: 'Within 30 days', value: buckets.within30 },
    { key: '60', label: 'In 31–60 days', value: buckets.within60 },
    { key: '90', label: 'In 61–90 days', value: buckets.within90 },
  ];

  return (
    <div className="page page--wide progress-page">
      <header className="page-header">
        <h1>Progress</h1>
        <label className="field field--inline">
          <span>Period</span>
          <select value={period.id} onChange={(e) => setPeriodId(e.target.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="lead">
        Training completed by the team from {formatDate(period.from)} to {formatDate(period.to)}.
      </p>

      <ul className="tiles tiles--stats" aria-label="Totals for the period">
        <li className="tile">
          <span className="tile__code" data-testid="total-hours">
            {formatNumber(summary.hours)}
          </span>
          <span className="tile__label">hours of training</span>
          {summary.withoutHours > 0 ? (
            <span className="tile__label" data-testid="records-without-hours">
              ({plural(summary.withoutHours, 'record')} without hours recorded)
            </span>
          ) : null}
        </li>
        <li className="tile">
          <span className="tile__code" data-testid="total-completions">
            {formatNumber(summary.completions)}
          </span>
          <span className="tile__label">completions</span>
        </li>
        <li className="tile">
          <span className="tile__code">{formatNumber(summary.people)}</span>
          <span className="tile__label">members trained</span>
        </li>
        <li className="tile">
          <span className="tile__code">{formatNumber(renewals.length)}</span>
          <span className="tile__label">certificates to renew (next {warningDays} days or expired)</span>
        </li>
      </ul>

      {index.rows.length === 0 ? (
        <div className="empty">
          <h2>No training records yet</h2>
          <p>
            <Link to="/team/record">Record a completion</Link> or <Link to="/team/import">import records from a spreadsheet or an LMS export</Link> and the charts fill in here.
          </p>
        </div>
      ) : (
        <div className="chart-grid">
          <BarChartCard
            id="chart-members"
            title="Hours by member"
            caption={`Training hours per member, ${period.label.toLowerCase()}${summary.members.length > TOP_MEMBERS ? `, top ${TOP_MEMBERS}` : ''}`}
            rows={memberRows}
            labelHeader="Member"
            valueLabel="Hours"
            extraLabel="Completions"
            orientation="horizontal"
            empty="No training completed in this period."
            footer={others.length > 0 ? <p className="muted">{plural(others.length, 'more member')} trained {formatNumber(totalHoursOf(others))} hours in this period.</p> : null}
          />
          <BarChartCard
            id="chart-months"
            title="Hours by month"
            caption={`Training hours per month, ${period.label.toLowerCase()}`}
            rows={summary.months.map((t) => ({ key: t.key, label: formatMonth(t.key), value: t.hours, extra: t.completions }))}
            labelHeader="Month"
            valueLabel="Hours"
            extraLabel="Completions"
            orientation="vertical"
            empty="No training completed in this period."
          />
          <BarChartCard
            id="chart-families"
            title="Completions by program family"
            caption={`Completions per program family, ${period.label.toLowerCase()}`}
            rows={summary.families.map((t) => ({ key: t.key, label: familyLabel(t.key), value: t.completions, extra: t.hours }))}
            labelHeader="Program family"
            valueLabel="Completions"
            extraLabel="Hours"
            orientation="horizontal"
            empty="No training completed in this period."
          />
          <BarChartCard
            id="chart-audiences"
            title="Completions by audience"
            caption={`Completions per audience of the members who took them, ${period.label.toLowerCase()}; a member in two audiences counts in both`}
            rows={summary.audiences.map((t) => ({ key: t.key, label: audienceLabel(t.key), value: t.completions, extra: t.hours }))}
            labelHeader="Audience"
            valueLabel="Completions"
            extraLabel="Hours"
            orientation="horizontal"
            empty="No training completed in this period."
          />
          <BarChartCard
            id="chart-expiring"
            title="Expiring soon"
            caption={`Certificates of active members, expired or expiring within ${warningDays} days, by how soon`}
            rows={bucketRows}
            labelHeader="When"
            valueLabel="Certificates"
            orientation="vertical"
            empty="No certificates to renew."
            footer={
              renewals.length > 0 ? (
                <>
                  <h3 className="subhead">Soonest</h3>
                  <ul className="soonest">
                    {renewals.slice(0, 8).map((r) => (
                      <li key={r.completion.id}>
                        <Link to={`/team/records/${encodeURIComponent(r.completion.id)}`}>
                          {r.member?.name}: {r.title}
                        </Link>{' '}
                        <StatusBadge status={r.status} expiresOn={r.expiresOn} />
                      </li>
                    ))}
                  </ul>
                  <p>
                    <Link to="/team/expiring">See all {plural(renewals.length, 'certificate')} to renew</Link>
                  </p>
                </>
              ) : null
            }
          />
        </div>
      )}
    </div>
  );
}

function totalHoursOf(tallies: { hours: number }[]): number {
  return Math.round(tallies.reduce((s, t) => s + t.hours, 0) * 100) / 100;
}
