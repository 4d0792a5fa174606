import { useEffect, useState } from 'react';
import { ListState } from '../../components/ListState';
import { Link, useNavigate } from 'react-router';
import { percentDone } from '../../../shared/plans/labels';
import { formatPeriod } from '../../../shared/util/dates';
import { DataGate } from '../../app/DataGate';
import { notifyError } from '../../app/notice-store';
import { defaultPlanFields } from './plan-defaults';
import { PlanForm } from './PlanForm';
import { createPlan, deletePlan, duplicatePlan, loadPlans, setArchived } from './plans-actions';
import { usePlansStore } from './plans-store';

export function PlansPage() {
  const navigate = useNavigate();
  const summaries = usePlansStore((s) => s.summaries);
  const error = usePlansStore((s) => s.error);
  const [creating, setCreating] = useState(false);
  const [show, setShow] = useState<'active' | 'archived'>('active');

  useEffect(() => {
    void loadPlans();
  }, []);

  const all = summaries ?? [];
  const archivedCount = all.filter((s) => s.plan.archived).length;
  const shown = all.filter((s) => s.plan.archived === (show === 'archived'));

  return (
    <div className="page plans">
      <div className="plan-header">
        <h1>Training plans</h1>
        {!creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New plan
          </button>
        ) : null}
      </div>
      <p className="lead">Plan which trainings your team takes, for whom and by when; progress comes from the completions you record.</p>

      {creating ? (
        <section className="card" aria-labelledby="new-plan-title">
          <h2 id="new-plan-title">New plan</h2>
          <DataGate>
            {(loaded) => (
              <PlanForm
                initial={defaultPlanFields()}
                audiences={loaded.catalogue.vocabularies.audiences}
                submitLabel="Create plan"
                onCancel={() => setCreating(false)}
                onSubmit={async (fields) => {
                  const plan = await createPlan(fields);
                  await navigate(`/plans/${plan.id}`);
                }}
              />
            )}
          </DataGate>
        </section>
      ) : null}

      <div className="segmented" role="group" aria-label="Which plans to show">
        <button type="button" className="segmented__item" aria-pressed={show === 'active'} onClick={() => setShow('active')}>
          Active <span className="segmented__count">{all.length - archivedCount}</span>
        </button>
        <button type="button" className="segmented__item" aria-pressed={show === 'archived'} onClick={() => setShow('archived')}>
          Archived <span className="segmented__count">{archivedCount}</span>
        </button>
      </div>

      <ListState
        items={summaries === null ? null : shown}
        error={summaries === null ? error : null}
        what="plans"
        empty={show === 'active' ? 'No plans yet. Create one, or open a training in the catalogue and choose “Add to plan”.' : 'No archived plans.'}
      >
        {() => (
          <table className="table plans-table">
            <caption className="visually-hidden">{show === 'active' ? 'Active training plans' : 'Archived training plans'}</caption>
            <thead>
              <tr>
                <th scope="col">Plan</th>
                <th scope="col">Period</th>
                <th scope="col">Items</th>
                <th scope="col">People</th>
                <th scope="col">Progress</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.plan.id}>
                  <th scope="row">
                    <Link to={`/plans/${s.plan.id}`}>{s.plan.name}</Link>
                  </th>
                  <td>{formatPeriod(s.plan.period)}</td>
                  <td>{s.plan.items.length}</td>
                  <td>{s.people}</td>
                  <td>
                    {s.totals.done} of {s.totals.total} done ({percentDone(s.totals.done, s.totals.total)}%)
                    {s.totals.overdue > 0 ? <span className="plan-state plan-state--overdue"> · {s.totals.overdue} overdue</span> : null}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="link-button" onClick={() => void duplicatePlan(s).catch(notifyError)} aria-label={`Duplicate ${s.plan.name}`}>
                      Duplicate
                    </button>
                    <button type="button" className="link-button" onClick={() => void setArchived(s, !s.plan.archived).catch(notifyError)} aria-label={`${s.plan.archived ? 'Unarchive' : 'Archive'} ${s.plan.name}`}>
                      {s.plan.archived ? 'Unarchive' : 'Archive'}
                    </button>
                    <button type="button" className="link-button link-button--danger" onClick={() => void deletePlan(s).catch(notifyError)} aria-label={`Delete ${s.plan.name}`}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </ListState>
    </div>
  );
}
