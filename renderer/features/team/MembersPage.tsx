import { useMemo } from 'react';
import { Link } from 'react-router';
import { memberSummaries, needingRenewal } from '../../../shared/team/aggregates';
import { normaliseText } from '../../../shared/team/matching';
import type { Member } from '../../../shared/model/team';
import { useTeamIndex } from './team-data';
import { useWarningDays } from '../../app/use-warning-days';
import { useParam } from '../../components/use-param';
import { VirtualList } from '../../components/VirtualList';
import { ExportButton } from './ExportButton';
import { formatHours } from '../../components/format-number';
import { plural } from '../../components/format-count';

type Show = 'active' | 'inactive' | 'all';
const showLabels: Record<Show, string> = { active: 'Active members', inactive: 'Inactive members', all: 'All members' };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function MembersPage() {
  const index = useTeamIndex();
  const warningDays = useWarningDays();
  const [q, setQ] = useParam('q', '');
  const [showParam, setShow] = useParam('show', 'active');
  const show: Show = showParam === 'inactive' || showParam === 'all' ? showParam : 'active';

  const summaries = useMemo(() => memberSummaries(index, warningDays), [index, warningDays]);
  const attention = useMemo(() => needingRenewal(index, warningDays).length, [index, warningDays]);
  const sorted = useMemo(() => [...index.members].sort((a, b) => collator.compare(a.name, b.name)), [index.members]);
  const visible = useMemo(() => {
    const needle = normaliseText(q);
    return sorted.filter(
      (m) =>
        (show === 'all' || (show === 'active') === m.active) &&
        (needle === '' || normaliseText(`${m.name} ${m.role} ${m.agency} ${m.email ?? ''}`).includes(needle)),
    );
  }, [sorted, q, show]);
  const activeCount = index.members.filter((m) => m.active).length;

  return (
    <div className="page">
      <header className="page-header">
        <h1>Team</h1>
        <div className="actions">
          <Link className="button button--primary" to="/team/record">
            Record completion
          </Link>
          <Link className="button" to="/team/members/new">
            Add member
          </Link>
          <ExportButton id="export-records" label="Export all records (CSV)" />
        </div>
      </header>

      <p className="lead">
        {plural(activeCount, 'active member')}, {plural(index.rows.length, 'training record')}.{' '}
        {attention > 0 ? (
          <Link to="/team/expiring">
            {plural(attention, 'certificate')} expired or expiring within {warningDays} days
          </Link>
        ) : (
          <span>No certificates expire within {warningDays} days.</span>
        )}
      </p>

      {index.members.length === 0 ? (
        <div className="empty">
          <h2>No team members yet</h2>
          <p>
            Add the people you coordinate training for, then record the trainings they complete. You can also{' '}
            <Link to="/team/import">import records from a spreadsheet (CSV)</Link>.
          </p>
          <Link className="button button--primary" to="/team/members/new">
            Add the first member
          </Link>
        </div>
      ) : (
        <section aria-labelledby="members-title" className="list-section">
          <h2 id="members-title" className="visually-hidden">
            Members
          </h2>
          <div className="filters">
            <label className="field field--inline">
              <span>Find a member</span>
              <input
                type="search"
                value={q}
                placeholder="Name, role, agency or email"
                onChange={(e) => setQ(e.target.value)}
              />
            </label>
            <label className="field field--inline">
              <span>Show</span>
              <select value={show} onChange={(e) => setShow(e.target.value)}>
                {(Object.keys(showLabels) as Show[]).map((s) => (
                  <option key={s} value={s}>
                    {showLabels[s]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="results-summary" aria-live="polite">
            {plural(visible.length, 'member')} shown
          </p>
          {visible.length === 0 ? (
            <p className="empty">No member matches. Clear the search or show all members.</p>
          ) : (
            <VirtualList
              items={visible}
              itemKey={(m: Member) => m.id}
              estimate={64}
              label="Members"
              testId="members-list"
              className="vlist--members"
              renderRow={(m, focus) => {
                const s = summaries.get(m.id);
                return (
                  <div className="member-row">
                    <Link {...focus} to={`/team/members/${encodeURIComponent(m.id)}`} className="row-link">
                      {m.name}
                    </Link>
                    {m.active ? null : <span className="badge">Inactive</span>}
                    <span className="member-row__meta">{[m.role, m.agency].filter(Boolean).join(' · ') || 'No role or agency recorded'}</span>
                    <span className="member-row__stats">
                      {plural(s?.records ?? 0, 'record')} · {formatHours(s?.hoursThisYear ?? 0)} this year
                      {s && s.needingRenewal > 0 && m.active ? <span className="attention"> · {plural(s.needingRenewal, 'certificate')} to renew</span> : null}
                    </span>
                  </div>
                );
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}
