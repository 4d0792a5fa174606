import type { AppInfo } from '../../../shared/model/app-info';
import { ActionStatusView } from '../../components/ActionStatusView';
import { useActionStatus } from '../../components/use-action-status';
import { importCatalogue, revertCatalogue } from './settings-actions';

/** Shows which catalogue is active and imports a newer one from a file. */
export function CataloguePanel({ info }: { info: AppInfo }) {
  const [status, run] = useActionStatus();
  const importFile = () => void run(importCatalogue);
  const revert = () => void run(revertCatalogue);

  return (
    <section className="card" aria-labelledby="catalogue-panel-title">
      <h2 id="catalogue-panel-title">Catalogue</h2>
      <p>
        You are using catalogue <strong>{info.catalogue.version}</strong> of {info.catalogue.date},{' '}
        {info.catalogue.origin === 'bundled' ? 'bundled with the app' : 'imported from a file'}.
      </p>
      <p className="muted">
        A newer catalogue file is checked completely before anything changes. Your records keep working: trainings missing from the new catalogue are
        shown as retired.
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
      <ActionStatusView status={status} detailsTestId="catalogue-import-errors" />
    </section>
  );
}
