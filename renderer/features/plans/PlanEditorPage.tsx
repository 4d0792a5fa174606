import { useEffect } from 'react';
import { useParams } from 'react-router';
import type { PlanFields } from '../../../shared/model/plan';
import { formatPeriod } from '../../../shared/util/dates';
import type { PlanView } from '../../../shared/plans/plan-view';
import { DataGate } from '../../app/DataGate';
import { RecordNotOpen } from '../../components/RecordNotOpen';
import { EditableDetails } from '../../components/EditableDetails';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { AddItemPanel } from './AddItemPanel';
import { ExportButtons } from './ExportButtons';
import { GapMatrixTable } from './GapMatrixTable';
import { ItemsList } from './ItemsList';
import { MemberProgressTable } from './MemberProgressTable';
import { PlanForm } from './PlanForm';
import { openPlan, saveDetails } from './plans-actions';
import { usePlansStore } from './plans-store';
import { SuggestionsPanel } from './SuggestionsPanel';
import { SummaryFigures } from './SummaryFigures';
import { ConflictMark } from '../sharing/ConflictMark';

export function PlanEditorPage() {
  const { id = '' } = useParams();
  const view = usePlansStore((s) => s.view);
  const error = usePlansStore((s) => s.error);
  useEffect(() => {
    void openPlan(id);
  }, [id]);

  if (!view || view.plan.id !== id) {
    return <RecordNotOpen error={error} notFoundTitle="Plan not found" loadingText="Loading the plan…" back={{ to: '/plans', label: 'All plans' }} />;
  }
  return <DataGate>{(loaded) => <PlanEditor view={view} loaded={loaded} />}</DataGate>;
}

function PlanEditor({ view, loaded }: { view: PlanView; loaded: LoadedCatalogue }) {
  const { plan } = view;
  const audienceLabel = (a: string) => loaded.labels.value('audience', a);
  const fields: PlanFields = { name: plan.name, purpose: plan.purpose, audienceFocus: plan.audienceFocus, period: plan.period, notes: plan.notes };

  return (
    <article className="page plan" aria-labelledby="plan-title">
      <EditableDetails
        back={{ to: '/plans', label: 'All plans' }}
        eyebrow={`Training plan · ${formatPeriod(plan.period)}${plan.archived ? ' · Archived' : ''}`}
        titleId="plan-title"
        title={plan.name}
        detailsTitle="Plan details"
        mark={<ConflictMark kind="plan" recordId={plan.id} />}
        form={(close) => (
          <PlanForm
            initial={fields}
            audiences={loaded.catalogue.vocabularies.audiences}
            submitLabel="Save details"
            onCancel={close}
            onSubmit={async (next) => {
              await saveDetails(plan, next);
              close();
            }}
          />
        )}
      >
        {plan.purpose ? <p className="lead">{plan.purpose}</p> : <p className="muted">No purpose written yet.</p>}
        {plan.audienceFocus.length > 0 ? <p>Audience focus: {plan.audienceFocus.map(audienceLabel).join(', ')}</p> : null}
        {plan.notes ? <p className="muted">{plan.notes}</p> : null}
        <SummaryFigures view={view} />
        <ExportButtons planId={plan.id} />
      </EditableDetails>

      <section className="card" aria-labelledby="items-title">
        <h2 id="items-title">Items</h2>
        <ItemsList view={view} loaded={loaded} />
        <h3 className="plan-subheading">Add an item</h3>
        <AddItemPanel view={view} loaded={loaded} />
      </section>

      <section className="card" aria-labelledby="member-progress-title">
        <h2 id="member-progress-title">Progress by member</h2>
        <MemberProgressTable view={view} />
      </section>

      <section className="card" aria-labelledby="gap-title">
        <h2 id="gap-title">Gap analysis</h2>
        <p className="muted">Who still needs what. Done means a completion in the plan period, or one that is still valid.</p>
        <GapMatrixTable view={view} />
        <h3 className="plan-subheading">Suggestions for the people in this plan</h3>
        <SuggestionsPanel view={view} />
      </section>
    </article>
  );
}
