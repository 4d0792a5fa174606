import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CompletionRow, TeamIndex } from '../../../shared/team/team-index';
import { CertificateControls } from './CertificateControls';
import { CompletionForm } from './CompletionForm';
import { ConfirmDialog } from './ConfirmDialog';
import { deleteCompletion, updateCompletion } from './team-actions';
import { useTeamIndex } from './team-data';
import { trainingLookupFor, useCatalogueStore } from '../catalogue/catalogue-store';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../../shared/util/dates';
import { errorMessage } from '../../app/errors';
import { ConflictMark } from '../sharing/ConflictMark';
import { changedMeanwhileOf, type ChangedMeanwhile } from '../../app/changed-meanwhile';
import type { Completion, CompletionDraftInput } from '../../../shared/model/team';
import { ChangedMeanwhileNotice } from '../../components/ChangedMeanwhileNotice';
import { useTeamStore } from './team-store';

/** /team/records/:id: one completion, to edit or delete. */
export function CompletionEditPage() {
  const { id = '' } = useParams();
  const index = useTeamIndex();
  const row = index.rowById.get(id);
  if (!row) {
    return (
      <div className="page">
        <h1>Record not found</h1>
        <p>
          No training record has the id <code>{id}</code>. It may have been deleted. <Link to="/team/records">See all records</Link>.
        </p>
      </div>
    );
  }
  return <EditView key={row.completion.id} row={row} index={index} />;
}

function EditView({ row, index }: { row: CompletionRow; index: TeamIndex }) {
  const navigate = useNavigate();
  const catalogue = useCatalogueStore((s) => s.loaded!.catalogue);
  const trainings = trainingLookupFor(catalogue);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The version the form was opened on: a change arriving meanwhile is never saved over unseen.
  const [opened, setOpened] = useState<Completion>(row.completion);
  const [openedAtFirst, setOpenedAt] = useState(row.completion.updatedAt);
  // A certificate attached or removed here (or arriving) is kept by the save, which never carries it: not a clash.
  const openedAt = sameBesidesCertificate(row.completion, opened) ? row.completion.updatedAt : openedAtFirst;
  const [clash, setClash] = useState<{ error: ChangedMeanwhile<Completion>; memberId: string; draft: CompletionDraftInput } | null>(null);
  const c = row.completion;
  const memberPath = `/team/members/${encodeURIComponent(c.memberId)}`;

  async function save(memberId: string, draft: CompletionDraftInput, openedAt: string | undefined) {
    try {
      await updateCompletion(c.id, memberId, draft, openedAt);
      navigate(`/team/members/${encodeURIComponent(memberId)}`);
    } catch (e) {
      const changed = changedMeanwhileOf<Completion>(e);
      if (!changed) throw e;
      setClash({ error: changed, memberId, draft });
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await deleteCompletion(c.id, row.title);
      setConfirming(false);
      navigate(memberPath);
    } catch (e) {
      setConfirming(false);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page page--narrow">
      <Link className="back" to={memberPath}>
        ← {row.member?.name}
      </Link>
      <h1>Edit training record</h1>
      <ConflictMark kind="completion" recordId={c.id} />
      <p className="lead">
        {row.member?.name}: {row.title}, completed {formatDate(c.completedOn)}. <StatusBadge status={row.status} expiresOn={row.expiresOn} />
      </p>
      {row.retired ? (
        <p className="notice" role="note">
          This training is no longer in the catalogue. The record keeps the title it was saved with.
        </p>
      ) : null}
      <CertificateControls completion={c} />
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      {clash ? (
        <ChangedMeanwhileNotice
          error={clash.error}
          onKeepMine={() => save(clash.memberId, clash.draft, clash.error.latest.updatedAt)}
          onTakeTheirs={() => {
            const latest = clash.error.latest;
            useTeamStore.getState().replaceCompletion(latest);
            setOpened(latest);
            setOpenedAt(latest.updatedAt);
            setClash(null);
          }}
        />
      ) : null}
      <CompletionForm
        key={opened.updatedAt ?? ''}
        mode="edit"
        initial={{
          memberIds: [opened.memberId],
          kind: opened.trainingId !== undefined ? 'catalogue' : 'custom',
          trainingId: opened.trainingId ?? null,
          ...(row.retired ? { retiredTitle: row.title } : {}),
          customTitle: opened.custom?.title ?? '',
          customProvider: opened.custom?.provider ?? '',
          completedOn: opened.completedOn,
          hours: opened.hours === undefined ? '' : String(opened.hours),
          validForMonths: opened.validForMonths === undefined ? '' : String(opened.validForMonths),
          expiresOn: opened.expiresOn ?? '',
          creditHours: opened.creditHours === undefined ? '' : String(opened.creditHours),
          certificateNumber: opened.certificateNumber ?? '',
          notes: opened.notes ?? '',
        }}
        members={index.members}
        trainings={trainings}
        cancelTo={memberPath}
        submitLabel={() => 'Save changes'}
        onSubmit={(memberIds, draft) => save(memberIds[0]!, draft, openedAt)}
      >
        <button type="button" className="button button--danger form__end" onClick={() => setConfirming(true)}>
          Delete record…
        </button>
      </CompletionForm>
      <ConfirmDialog
        open={confirming}
        title="Delete this training record?"
        confirmLabel="Delete record"
        busy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {row.member?.name}’s record of “{row.title}” ({formatDate(c.completedOn)}) will be deleted. You can undo this straight after.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function sameBesidesCertificate(a: Completion, b: Completion): boolean {
  const skip = new Set(['certificate', 'updatedAt', 'updatedBy']);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !skip.has(k)));
  return [...keys].every((k) => JSON.stringify(a[k as keyof Completion]) === JSON.stringify(b[k as keyof Completion]));
}
