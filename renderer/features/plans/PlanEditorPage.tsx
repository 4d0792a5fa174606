import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { Plan, PlanFields } from '../../../shared/model/plan';
import type { Term } from '../../../shared/catalogue/schema';
import { changedMeanwhileOf, type ChangedMeanwhile } from '../../app/changed-meanwhile';
import { ChangedMeanwhileNotice } from '../../components/ChangedMeanwhileNotice';
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
  const fields = detailsOf(plan);

  return (
    <article className="page plan" aria-labelledby="plan-title">
      <EditableDetails
        back={{ to: '/plans', label: 'All plans' }}
        eyebrow={`Training plan · ${formatPeriod(plan.period)}${plan.archived ? ' · Archived' : ''}`}
        titleId="plan-title"
        title={plan.name}
        detailsTitle="Plan details"
        mark={<ConflictMark kind="plan" recordId={plan.id} />}
        form={(close) => <PlanDetailsEditor plan={plan} fields={fields} audiences={loaded.catalogue.vocabularies.audiences} close={close} />}
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

/**
 * The details form remembers the version it was opened on: a change to the details arriving
 * meanwhile (another coordinator's) is refused on save and shown, never saved over unseen.
 * Item edits made meanwhile leave the details as they were, so they are no clash.
 */
function PlanDetailsEditor({ plan, fields, audiences, close }: { plan: Plan; fields: PlanFields; audiences: readonly Term[]; close: () => void }) {
  const [opened, setOpened] = useState(fields);
  const [openedAtFirst, setOpenedAt] = useState(plan.updatedAt);
  // The form starts again from the version taken only when the coordinator takes theirs.
  const [taken, setTaken] = useState(0);
  const [clash, setClash] = useState<{ error: ChangedMeanwhile<Plan>; next: PlanFields } | null>(null);
  const openedAt = sameDetails(fields, opened) ? plan.updatedAt : openedAtFirst;

  async function save(base: Plan, next: PlanFields, at: string) {
    try {
      await saveDetails(base, next, at);
      close();
    } catch (error) {
      const changed = changedMeanwhileOf<Plan>(error);
      if (!changed) throw error;
      setClash({ error: changed, next });
    }
  }

  return (
    <>
      {clash ? (
        <ChangedMeanwhileNotice
          error={clash.error}
          onKeepMine={() => {
            const latest = clash.error.latest;
            return save(latest, clash.next, latest.updatedAt);
          }}
          onTakeTheirs={() => {
            const latest = clash.error.latest;
            void openPlan(latest.id);
            setOpened(detailsOf(latest));
            setOpenedAt(latest.updatedAt);
            setTaken((n) => n + 1);
            setClash(null);
          }}
        />
      ) : null}
      <PlanForm key={taken} initial={opened} audiences={audiences} submitLabel="Save details" onCancel={close} onSubmit={(next) => save(plan, next, openedAt)} />
    </>
  );
}

function detailsOf(plan: Plan): PlanFields {
  return { name: plan.name, purpose: plan.purpose, audienceFocus: plan.audienceFocus, period: plan.period, notes: plan.notes };
}

function sameDetails(a: PlanFields, b: PlanFields): boolean {
  return JSON.stringify(detailsOf(a as Plan)) === JSON.stringify(detailsOf(b as Plan));
}
