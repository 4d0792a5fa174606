import { useState } from 'react';
import type { SyncConflict } from '../../../shared/model/sync-conflict';
import { ActionStatusView } from '../../components/ActionStatusView';
import { useActionStatus } from '../../components/use-action-status';
import { keepLabel, recordTypeLabels, versionAuthor } from './conflict-words';
import { keepVersion, mergeVersions } from './sharing-actions';

/**
 * One record with concurrent versions: a column per version (who, when), a row per detail
 * that differs. Keep one version as it is, or pick each detail and save the result.
 */
export function ConflictCard({ conflict, headingId }: { conflict: SyncConflict; headingId: string }) {
  const [status, run] = useActionStatus();
  const { versions, fields } = conflict;
  const winner = versions.find((v) => v.winner) ?? versions[0]!;
  const living = versions.filter((v) => !v.deleted);
  // Each detail starts from the version shown now (or the first kept one when that is a deletion).
  const start = winner.deleted ? (living[0]?.rev ?? winner.rev) : winner.rev;
  const [choices, setChoices] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.field, start])));
  const busy = status.kind === 'busy';
  const canMerge = living.length > 1 && fields.length > 0;

  return (
    <section className="card conflict" aria-labelledby={headingId} data-testid="conflict">
      <p className="eyebrow">{recordTypeLabels[conflict.recordType]}</p>
      <h2 id={headingId} tabIndex={-1}>
        {conflict.label}
      </h2>
      <p>
        {versions.length} versions. Shown until you choose: {winner.deleted ? 'the deletion' : 'the version'} by {versionAuthor(winner)}.
      </p>
      <div className="conflict__scroll">
        <table className="table conflict__table">
          <caption className="visually-hidden">What differs between the versions of {conflict.label}</caption>
          <thead>
            <tr>
              <th scope="col">Detail</th>
              {versions.map((v) => (
                <th scope="col" key={v.rev}>
                  {v.deleted ? 'Deleted by' : 'Changed by'} {versionAuthor(v)}
                  {v.winner ? <span className="badge">Shown now</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.length === 0 ? (
              <tr>
                <th scope="row">Details</th>
                {versions.map((v) => (
                  <td key={v.rev}>{v.deleted ? 'Deleted' : 'The same in every kept version'}</td>
                ))}
              </tr>
            ) : (
              fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row">{f.label}</th>
                  {versions.map((v, i) => {
                    const value = f.values[i] ?? '';
                    if (v.deleted) return <td key={v.rev} className="muted">Deleted</td>;
                    if (!canMerge) return <td key={v.rev}>{value}</td>;
                    return (
                      <td key={v.rev}>
                        <label className="conflict__choice">
                          <input
                            type="radio"
                            name={`${headingId}-${f.field}`}
                            checked={choices[f.field] === v.rev}
                            onChange={() => setChoices({ ...choices, [f.field]: v.rev })}
                            aria-label={`${f.label}: ${value} (${versionAuthor(v)})`}
                          />
                          <span>{value}</span>
                        </label>
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        {versions.map((v) => (
          <button key={v.rev} type="button" className="button" disabled={busy} onClick={() => void run(() => keepVersion(conflict, v.rev))}>
            {keepLabel(v, versions)}
          </button>
        ))}
        {canMerge ? (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void run(() => mergeVersions(conflict, choices))}>
            Save with the details chosen above
          </button>
        ) : null}
      </div>
      <ActionStatusView status={status} />
    </section>
  );
}
