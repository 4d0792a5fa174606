import { useState } from 'react';
import { ErrorDetails } from '../../components/ErrorDetails';
import type { AppInfo } from '../../../shared/model/app-info';
import type { CatalogueReview } from '../../../shared/model/catalogue-review';
import { ApiError } from '../../../shared/client';
import { tta } from '../../app/tta';
import { useAppStore } from '../../app/app-store';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { CatalogueChangesView } from './CatalogueChangesView';
import { groupedFingerprint } from '../../../shared/catalogue/fingerprint';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'review'; review: CatalogueReview }
  | { kind: 'imported'; version: string; retired: number }
  | { kind: 'reverted'; version: string }
  | { kind: 'failed'; message: string; details: string[] };

/** Shows which catalogue is active and imports a newer one from a file. */
export function CataloguePanel({ info }: { info: AppInfo }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const refreshInfo = useAppStore((s) => s.refreshInfo);
  const reloadCatalogue = useCatalogueStore((s) => s.ensureLoaded);

  async function run(action: () => Promise<Status | null>) {
    setStatus({ kind: 'busy' });
    try {
      const next = await action();
      setStatus(next ?? { kind: 'idle' });
      await Promise.all([refreshInfo(), reloadCatalogue(true)]);
    } catch (error) {
      const details = error instanceof ApiError ? error.details : [];
      setStatus({ kind: 'failed', message: (error as Error).message, details });
    }
  }

  const importFile = () =>
    run(async () => {
      const { review } = await tta().catalogueImport();
      return review ? { kind: 'review', review } : null;
    });
  const confirm = (review: CatalogueReview) =>
    run(async () => {
      const result = await tta().catalogueImportConfirm({ reviewId: review.reviewId });
      return { kind: 'imported', version: result.version, retired: result.retiredIds.length };
    });
  const revert = () =>
    run(async () => {
      const summary = await tta().catalogueRevert();
      return { kind: 'reverted', version: summary.version };
    });

  return (
    <section className="card" aria-labelledby="catalogue-panel-title">
      <h2 id="catalogue-panel-title">Catalogue</h2>
      <p>
        You are using catalogue <strong>{info.catalogue.version}</strong> of {info.catalogue.date},{' '}
        {info.catalogue.origin === 'bundled' ? 'bundled with the app' : 'imported from a file'}.
      </p>
      <p className="muted">
        A newer catalogue file is checked completely before anything changes: it must be signed by the TTA Navigator project or by a publisher you trust
        (below), and you see what it changes before you switch. Your records keep working: trainings missing from the new catalogue are shown as retired.
      </p>
      <p className="button-row">
        <button type="button" className="button" onClick={importFile} disabled={status.kind === 'busy'}>
          Import a newer catalogue…
        </button>
        {info.catalogue.origin === 'imported' ? (
          <button type="button" className="button" onClick={revert} disabled={status.kind === 'busy'}>
            Go back to the bundled catalogue
          </button>
        ) : null}
      </p>
      {status.kind === 'review' ? (
        <div className="banner" role="region" aria-label="Catalogue changes">
          <h3>
            Switch to catalogue {status.review.version} of {status.review.date}?
          </h3>
          <p>
            {status.review.fileName} is signed by <strong>{status.review.signer.name}</strong> (key {groupedFingerprint(status.review.signer.fingerprint)}).
            Read what changes before you switch:
          </p>
          <CatalogueChangesView changes={status.review.changes} />
          <p className="button-row">
            <button type="button" className="button button--primary" onClick={() => void confirm(status.review)}>
              Switch to catalogue {status.review.version}
            </button>
            <button type="button" className="button" onClick={() => setStatus({ kind: 'idle' })}>
              Keep the current catalogue
            </button>
          </p>
        </div>
      ) : null}
      <div aria-live="polite">
        {status.kind === 'imported' ? (
          <p className="success">
            Catalogue {status.version} is now in use.
            {status.retired > 0 ? ` ${status.retired} training(s) in your records are no longer in it and are shown as retired.` : ''}
          </p>
        ) : null}
        {status.kind === 'reverted' ? <p className="success">Back to the bundled catalogue {status.version}.</p> : null}
      </div>
      {status.kind === 'failed' ? <ErrorDetails message={status.message} details={status.details} testId="catalogue-import-errors" /> : null}
    </section>
  );
}
