import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { countWithoutHours, hoursByYear, memberCoverage, totalHours, CUSTOM_FAMILY, UNKNOWN_FAMILY } from '../../../shared/team/aggregates';
import type { Member } from '../../../shared/model/team';
import type { TeamIndex } from '../../../shared/team/team-index';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportButton } from './ExportButton';
import { deleteMember, forgetMember, setMemberActive } from './team-actions';
import { useTeamIndex } from './team-data';
import { notifyError } from '../../app/notice-store';
import { MemberNotFound } from './MemberNotFound';
import { RecordsList } from './RecordsList';
import { StatusFilterSelect, useStatusFilter } from './StatusFilterSelect';
import { formatHours, formatNumber } from '../../components/format-number';
import { plural } from '../../components/format-count';
import { matchesStatusFilter } from '../../../shared/team/status';
import { ConflictMark } from '../sharing/ConflictMark';

export function MemberPage() {
  const { id = '' } = useParams();
  const index = useTeamIndex();
  const member = index.memberById.get(id);
  if (!member) return <MemberNotFound id={id} />;
  return <MemberView key={member.id} member={member} index={index} />;
}

function MemberView({ member, index }: { member: Member; index: TeamIndex }) {
  const navigate = useNavigate();
  const labels = useCatalogueStore((s) => s.loaded!.labels);
  const [confirming, setConfirming] = useState(false);
  const [forgetting, setForgetting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useStatusFilter();
  const rows = useMemo(() => index.rowsByMember.get(member.id) ?? [], [index, member.id]);
  const years = useMemo(() => hoursByYear(rows), [rows]);
  const coverage = useMemo(() => memberCoverage(rows), [rows]);
  const shown = useMemo(() => rows.filter((r) => matchesStatusFilter(r.status, status)), [rows, status]);
  const familyLabel = (key: string) => (key === CUSTOM_FAMILY ? 'Outside the catalogue' : key === UNKNOWN_FAMILY ? 'Unknown program' : labels.value('family', key));

  async function toggleActive() {
    setBusy(true);
    try {
      await setMemberActive(member, !member.active);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  async function confirmForget() {
    setBusy(true);
    try {
      await forgetMember(member);
      setForgetting(false);
      navigate('/team');
    } catch (error) {
      setForgetting(false);
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  async function confirmDelete() {
    setBusy(true);
    try {
      await deleteMember(member);
      setConfirming(false);
      navigate('/team');
    } catch (error) {
      setConfirming(false);
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="page detail" aria-labelledby="member-title">
      <Link className="back" to="/team">
        ← Team
      </Link>
      <p className="eyebrow">Team member{member.active ? '' : ' · Inactive'}</p>
      <h1 id="member-title">{member.name}</h1>
      <ConflictMark kind="member" recordId={member.id} />
      <div className="actions">
        <Link className="button button--primary" to={`/team/record?member=${encodeURIComponent(member.id)}`}>
          Record completion
        </Link>
        <Link className="button" to={`/team/members/${encodeURIComponent(member.id)}/edit`}>
          Edit
        </Link>
        <button type="button" className="button" onClick={() => void toggleActive()} disabled={busy}>
          {member.active ? 'Deactivate' : 'Reactivate'}
        </button>
        <ExportButton label="Export records (CSV)" memberId={member.id} />
        <ExportButton label="Export certificates (ZIP)" memberId={member.id} what="certificates" />
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)} disabled={busy}>
          Delete member…
        </button>
        <button type="button" className="button button--danger" onClick={() => setForgetting(true)} disabled={busy}>
          Delete permanently…
        </button>
      </div>

      <div className="detail__grid">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">Profile</h2>
          <dl className="facts">
            <dt>Role</dt>
            <dd>{member.role || <span className="muted">Not recorded</span>}</dd>
            <dt>Agency</dt>
            <dd>{member.agency || <span className="muted">Not recorded</span>}</dd>
            <dt>Email</dt>
            <dd>{member.email ?? <span className="muted">Not recorded</span>}</dd>
            <dt>Phone</dt>
            <dd>{member.phone ?? <span className="muted">Not recorded</span>}</dd>
            <dt>Belongs to</dt>
            <dd>{member.audiences.length ? member.audiences.map((a) => labels.value('audience', a)).join(', ') : <span className="muted">No audience chosen</span>}</dd>
            <dt>Status</dt>
            <dd>{member.active ? 'Active' : 'Inactive'}</dd>
          </dl>
        </section>

        <section className="card" aria-labelledby="hours-title">
          <h2 id="hours-title">Hours per year</h2>
          {years.length === 0 ? (
            <p className="muted">No trainings recorded yet.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Training hours and completions per year for {member.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col" className="num">
                    Hours
                  </th>
                  <th scope="col" className="num">
                    Completions
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => (
                  <tr key={y.key}>
                    <th scope="row">{y.key}</th>
                    <td className="num">{formatNumber(y.hours)}</td>
                    <td className="num">{formatNumber(y.completions)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All years</th>
                  <td className="num">{formatNumber(totalHours(rows))}</td>
                  <td className="num">{formatNumber(rows.length)}</td>
                </tr>
              </tfoot>
            </table>
          )}
        </section>

        <section className="card" aria-labelledby="coverage-title">
          <h2 id="coverage-title">Covered so far</h2>
          <h3 className="subhead">Program families</h3>
          {coverage.families.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            <ul className="tags">
              {coverage.families.map((f) => (
                <li key={f.key} className="tag">
                  {familyLabel(f.key)} · {plural(f.completions, 'training')}
                </li>
              ))}
            </ul>
          )}
          <h3 className="subhead">Audiences their trainings address</h3>
          {coverage.audiences.length === 0 ? (
            <p className="muted">None from catalogue trainings yet.</p>
          ) : (
            <ul className="tags">
              {coverage.audiences.map((a) => (
                <li key={a.key} className="tag">
                  {labels.value('audience', a.key)} · {plural(a.completions, 'training')}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="history-title" className="list-section">
        <h2 id="history-title">Training history</h2>
        <div className="filters">
          <StatusFilterSelect id="history-status" value={status} onChange={setStatus} />
        </div>
        <p className="results-summary" aria-live="polite">
          {plural(shown.length, 'record')} shown of {formatNumber(rows.length)} · {formatHours(totalHours(rows))} in all
          {countWithoutHours(rows) > 0 ? ` (${plural(countWithoutHours(rows), 'record')} without hours recorded)` : ''}
        </p>
        <RecordsList rows={shown} showMember={false} label={`Training history of ${member.name}`} empty="No records match this status." />
      </section>

      <ConfirmDialog
        open={confirming}
        title={`Delete ${member.name}?`}
        confirmLabel="Delete member and records"
        busy={busy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {rows.length === 0
            ? `${member.name} has no training records.`
            : `${member.name}’s ${plural(rows.length, 'training record')} (${formatHours(totalHours(rows))}) will be deleted with them.`}{' '}
          You can undo this straight after.
        </p>
        {member.active ? <p>To keep their history instead, cancel and choose Deactivate.</p> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={forgetting}
        title={`Delete ${member.name} permanently?`}
        confirmLabel="Delete permanently"
        busy={busy}
        onConfirm={() => void confirmForget()}
        onCancel={() => setForgetting(false)}
      >
        <p>
          {member.name} and {rows.length === 0 ? 'their details' : `their ${plural(rows.length, 'training record')}`} will be removed from your data
          and also from every automatic backup and every damaged copy the app set aside. Damaged copies that cannot be checked are deleted
          whole. This cannot be undone.
        </p>
        <p>Backup files you saved yourself (Back up data…) are not changed: delete or replace those separately.</p>
      </ConfirmDialog>
    </article>
  );
}
