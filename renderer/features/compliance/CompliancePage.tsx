import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { trainingFactsFor } from '../../../shared/compliance/catalogue-facts';
import { complianceMatrix } from '../../../shared/compliance/matrix';
import { matrixView, type MatrixFilters } from '../../../shared/compliance/matrix-view';
import { complianceStatuses, complianceStatusLabels, type ComplianceStatus } from '../../../shared/compliance/status';
import { plural } from '../../components/format-count';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { useTeamStore } from '../team/team-store';
import { useWarningDays } from '../../app/use-warning-days';
import { formatDate } from '../../../shared/util/dates';
import { useComplianceStore } from './compliance-store';
import { MatrixGrid } from './MatrixGrid';
import { exportComplianceReport, exportReminders, exportTranscript } from './compliance-actions';
import { ExportActions } from './ExportActions';

const isStatus = (v: string): v is ComplianceStatus => (complianceStatuses as readonly string[]).includes(v);

/** Members × requirements: who is current, due soon, overdue or not started, with filters in the address. */
export function CompliancePage() {
  const members = useTeamStore((s) => s.members);
  const completions = useTeamStore((s) => s.completions);
  const catalogue = useCatalogueStore((s) => s.loaded?.catalogue);
  const profiles = useComplianceStore((s) => s.profiles);
  const today = useComplianceStore((s) => s.today) ?? '';
  const warningDays = useWarningDays();
  const [params, setParams] = useSearchParams();
  const facts = useMemo(() => trainingFactsFor(catalogue ?? { trainings: [] }), [catalogue]);
  const matrix = useMemo(
    () => complianceMatrix({ profiles, members, completions, facts, today, warningDays }),
    [profiles, members, completions, facts, today, warningDays],
  );
  const filters = useMemo((): MatrixFilters => {
    const status = params.get('status') ?? '';
    return { profileId: params.get('profile') ?? '', agency: params.get('agency') ?? '', role: params.get('role') ?? '', status: isStatus(status) ? status : '' };
  }, [params]);
  const view = useMemo(() => matrixView(matrix, filters), [matrix, filters]);
  const agencies = useMemo(() => [...new Set(matrix.rows.map((r) => r.member.agency).filter(Boolean))].sort(), [matrix]);
  const roles = useMemo(() => [...new Set(matrix.rows.map((r) => r.member.role).filter(Boolean))].sort(), [matrix]);
  const overdue = view.rowCounts.filter((c) => c.overdue > 0).length;
  const dueSoon = view.rowCounts.filter((c) => c.overdue === 0 && c['due-soon'] > 0).length;

  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  if (profiles.length === 0) {
    return (
      <section className="page">
        <h1>Compliance</h1>
        <p className="lead">Say who must take what, and how often, in a requirement profile; this screen then shows who is current.</p>
        <Link className="button button--primary" to="/compliance/profiles/new">
          Add a requirement profile
        </Link>
      </section>
    );
  }

  return (
    <section className="page page--wide">
      <h1>Compliance</h1>
      <p className="lead" data-testid="compliance-summary">
        On {formatDate(today)}: <strong>{plural(overdue, 'person', 'people')} overdue</strong>, {plural(dueSoon, 'person', 'people')} due soon (within {warningDays} days) —{' '}
        {plural(view.rows.length, 'member')} × {plural(view.columns.length, 'requirement')} shown.
      </p>
      <form className="compliance-filters" aria-label="Filter the matrix" onSubmit={(e) => e.preventDefault()}>
        <label>
          Profile
          <select value={filters.profileId} onChange={(e) => setFilter('profile', e.target.value)}>
            <option value="">All profiles</option>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Agency
          <select value={filters.agency} onChange={(e) => setFilter('agency', e.target.value)}>
            <option value="">All agencies</option>
            {agencies.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          Role
          <select value={filters.role} onChange={(e) => setFilter('role', e.target.value)}>
            <option value="">All roles</option>
            {roles.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">Any status</option>
            {complianceStatuses
              .filter((s) => s !== 'not-applicable')
              .map((s) => (
                <option key={s} value={s}>
                  {complianceStatusLabels[s]}
                </option>
              ))}
          </select>
        </label>
      </form>
      {view.rows.length === 0 ? <p className="empty">No one matches these filters.</p> : <MatrixGrid matrix={matrix} view={view} facts={facts} />}
      <h2>Reports and reminders</h2>
      <p className="muted">The report covers everyone and every profile, whatever the filters; transcripts are for the {plural(view.rows.length, 'member')} shown.</p>
      <ExportActions
        label="Reports and reminders"
        actions={[
          { label: 'Compliance report (PDF)', run: () => exportComplianceReport('pdf') },
          { label: 'Matrix (CSV)', run: () => exportComplianceReport('csv') },
          ...(view.rows.length > 0 ? [{ label: `Transcripts of the ${plural(view.rows.length, 'member')} shown (PDF)`, run: () => exportTranscript(view.rows.map((r) => r.member.id)) }] : []),
          { label: 'Export reminders to calendar (.ics)', run: () => exportReminders('ics') },
          { label: 'Export reminders for mail merge (CSV)', run: () => exportReminders('csv') },
        ]}
      />
    </section>
  );
}
