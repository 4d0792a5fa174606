import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { trainingFactsFor } from '../../../shared/compliance/catalogue-facts';
import { isRetired, requiredTrainingTitle, requirementRule, requirementTitle } from '../../../shared/compliance/labels';
import { complianceMatrix } from '../../../shared/compliance/matrix';
import { isCompliant } from '../../../shared/compliance/status';
import type { Completion } from '../../../shared/model/team';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { AddToPlanButton } from '../plans/AddToPlanButton';
import { formatDate } from '../../../shared/util/dates';
import { formatHours } from '../../components/format-number';
import { useTeamStore } from '../team/team-store';
import { useWarningDays } from '../../app/use-warning-days';
import { useComplianceStore } from './compliance-store';
import { ComplianceBadge } from './StatusBadge';
import { exportTranscript } from './compliance-actions';
import { ExportActions } from './ExportActions';

const completionTitle = (c: Completion) => c.trainingTitle ?? c.custom?.title ?? '';

/** One member: each requirement that applies, what satisfies it, and what is missing (with Add to plan). */
export function ComplianceMemberPage() {
  const { id } = useParams();
  const member = useTeamStore((s) => s.members.find((m) => m.id === id));
  const completions = useTeamStore((s) => s.completions);
  const catalogue = useCatalogueStore((s) => s.loaded?.catalogue);
  const profiles = useComplianceStore((s) => s.profiles);
  const today = useComplianceStore((s) => s.today) ?? '';
  const warningDays = useWarningDays();
  const facts = useMemo(() => trainingFactsFor(catalogue ?? { trainings: [] }), [catalogue]);
  const own = useMemo(() => completions.filter((c) => c.memberId === id), [completions, id]);
  const row = useMemo(
    () => (member ? complianceMatrix({ profiles, members: [{ ...member, active: true }], completions: own, facts, today, warningDays }) : null),
    [member, profiles, own, facts, today, warningDays],
  );
  if (!member || !row) {
    return (
      <section className="page">
        <h1>Member not found</h1>
        <p>
          They may have been deleted. <Link to="/compliance">Back to the matrix</Link>
        </p>
      </section>
    );
  }
  const byId = new Map(own.map((c) => [c.id, c]));
  const cells = row.rows[0]!.cells;
  const applicable = row.columns.map((col, j) => ({ col, cell: cells[j]! })).filter((x) => x.cell.status !== 'not-applicable');

  return (
    <section className="page">
      <p className="back">
        <Link to="/compliance">← Compliance matrix</Link>
      </p>
      <h1>{member.name}</h1>
      <p className="lead">
        {[member.role, member.agency].filter(Boolean).join(', ')}
        {member.joinedOn ? ` · joined ${formatDate(member.joinedOn)}` : ''} · status on {formatDate(today)}
        {member.active ? '' : ' · inactive (not counted in the matrix)'}
      </p>
      <p>
        <Link to={`/team/members/${member.id}`}>Open {member.name}’s training records</Link>
      </p>
      <ExportActions label="Transcript" actions={[{ label: 'Transcript (PDF)', run: () => exportTranscript([member.id]) }]} />
      {applicable.length === 0 ? <p className="empty">No requirement profile applies to {member.name}.</p> : null}
      <ul className="requirement-list">
        {applicable.map(({ col, cell }) => {
          const r = col.requirement;
          const satisfied = cell.evidence.map((e) => byId.get(e)).filter((c): c is Completion => c !== undefined);
          const met = isCompliant(cell.status);
          return (
            <li key={`${col.profileId}-${r.id}`} className="card" data-testid="member-requirement">
              <h2>{requirementTitle(r, facts)}</h2>
              <p className="muted">
                {col.profileName}: {requirementRule(r)}
              </p>
              <p>
                <ComplianceBadge cell={cell} withDate />
              </p>
              {cell.hours ? (
                <p>
                  {formatHours(cell.hours.counted)} of {formatHours(cell.hours.needed)} counted from {formatDate(cell.hours.from)} to {formatDate(cell.hours.to)}
                  {cell.hours.counted < cell.hours.needed ? ` — ${formatHours(Math.round((cell.hours.needed - cell.hours.counted) * 100) / 100)} missing` : ''}.
                </p>
              ) : null}
              {satisfied.length > 0 ? (
                <>
                  <h3>{met ? 'Satisfied by' : 'Last completed'}</h3>
                  <ul>
                    {satisfied.map((c) => (
                      <li key={c.id}>
                        {completionTitle(c)}, {formatDate(c.completedOn)} ({formatHours(r.kind === 'hours' && r.count === 'credit' ? (c.creditHours ?? c.hours) : c.hours)})
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {!met && r.kind !== 'hours' ? (
                <>
                  <h3>Missing: {r.trainings.length > 1 ? 'any one of' : 'take'}</h3>
                  <ul>
                    {r.trainings.map((t) => (
                      <li key={t.kind === 'catalogue' ? t.trainingId : t.title}>
                        {requiredTrainingTitle(t, facts)}
                        {t.kind === 'catalogue' && !isRetired(t, facts) ? <AddToPlanButton trainingId={t.trainingId} trainingTitle={requiredTrainingTitle(t, facts)} /> : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
