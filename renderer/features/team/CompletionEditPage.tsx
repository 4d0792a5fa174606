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
  const c = row.completion;
  const memberPath = `/team/members/${encodeURIComponent(c.memberId)}`;

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
      <CompletionForm
        mode="edit"
        initial={{
          memberIds: [c.memberId],
          kind: c.trainingId !== undefined ? 'catalogue' : 'custom',
          trainingId: c.trainingId ?? null,
          ...(row.retired ? { retiredTitle: row.title } : {}),
          customTitle: c.custom?.title ?? '',
          customProvider: c.custom?.provider ?? '',
          completedOn: c.completedOn,
          hours: c.hours === undefined ? '' : String(c.hours),
          validForMonths: c.validForMonths === undefined ? '' : String(c.validForMonths),
          expiresOn: c.expiresOn ?? '',
          creditHours: c.creditHours === undefined ? '' : String(c.creditHours),
          certificateNumber: c.certificateNumber ?? '',
          notes: c.notes ?? '',
        }}
        members={index.members}
        trainings={trainings}
        cancelTo={memberPath}
        submitLabel={() => 'Save changes'}
        onSubmit={async (memberIds, draft) => {
          await updateCompletion(c.id, memberIds[0]!, draft);
          navigate(`/team/members/${encodeURIComponent(memberIds[0]!)}`);
        }}
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
