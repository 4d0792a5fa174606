import { useState } from 'react';
import { groupedFingerprint } from '../../../shared/catalogue/fingerprint';
import type { AppInfo } from '../../../shared/model/app-info';
import type { CatalogueReview } from '../../../shared/model/catalogue-review';
import { ActionStatusView } from '../../components/ActionStatusView';
import { useActionStatus } from '../../components/use-action-status';
import { CatalogueChangesView } from './CatalogueChangesView';
import { confirmCatalogue, revertCatalogue, reviewCatalogue } from './settings-actions';

/** Shows which catalogue is active, and imports a newer signed one after showing what it changes. */
export function CataloguePanel({ info }: { info: AppInfo }) {
  const [status, run] = useActionStatus();
  const [review, setReview] = useState<CatalogueReview | null>(null);
  const importFile = () =>
    void run(async () => {
      setReview(null);
      setReview(await reviewCatalogue());
      return null;
    });
  const confirm = (reviewId: string) =>
    void run(async () => {
      setReview(null);
      return confirmCatalogue(reviewId);
    });
  const revert = () => void run(revertCatalogue);

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
      {review ? (
        <div className="banner" role="region" aria-label="Catalogue changes">
          <h3>
            Switch to catalogue {review.version} of {review.date}?
          </h3>
          <p>
            {review.fileName} is signed by <strong>{review.signer.name}</strong> (key {groupedFingerprint(review.signer.fingerprint)}). Read what changes
            before you switch:
          </p>
          <CatalogueChangesView changes={review.changes} />
          <p className="button-row">
            <button type="button" className="button button--primary" onClick={() => confirm(review.reviewId)}>
              Switch to catalogue {review.version}
            </button>
            <button type="button" className="button" onClick={() => setReview(null)}>
              Keep the current catalogue
            </button>
          </p>
        </div>
      ) : null}
      <ActionStatusView status={status} detailsTestId="catalogue-import-errors" />
    </section>
  );
}
