import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PlanSummary } from '../../../shared/contract/plan-channels';
import { tta } from '../../app/tta';
import { defaultPlanFields } from './PlanForm';
import { errorText } from './plans-store';

const NEW = '__new__';

/** "Add to plan" on a training page: choose an active plan, or name a new one. */
export function AddToPlanButton({ trainingId, trainingTitle }: { trainingId: string; trainingTitle: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [choice, setChoice] = useState('');
  const [newName, setNewName] = useState('');
  const [result, setResult] = useState<{ ok: true; planId: string; planName: string } | { ok: false; text: string } | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void tta()
      .plansList()
      .then((all) => {
        if (!live) return;
        const active = all.filter((p) => !p.plan.archived);
        setPlans(active);
        setChoice((c) => c || (active[0]?.plan.id ?? NEW));
      })
      .catch((error: unknown) => live && setResult({ ok: false, text: errorText(error) }));
    return () => {
      live = false;
    };
  }, [open]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      let planId = choice;
      if (choice === NEW) {
        const name = newName.trim();
        if (!name) {
          setResult({ ok: false, text: 'Enter a name for the new plan.' });
          return;
        }
        planId = (await tta().planCreate({ ...defaultPlanFields(), name })).id;
      }
      const view = await tta().planAddTraining({ planId, trainingId, memberIds: [] });
      setResult({ ok: true, planId, planName: view.plan.name });
      setOpen(false);
    } catch (error) {
      setResult({ ok: false, text: errorText(error) });
    }
  }

  return (
    <div className="add-to-plan">
      {!open ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setOpen(true);
            setResult(null);
          }}
        >
          Add to plan
        </button>
      ) : (
        <form className="add-to-plan__form" onSubmit={(e) => void submit(e)} aria-label={`Add ${trainingTitle} to a plan`}>
          <div className="plan-field">
            <label htmlFor={`${id}-plan`}>Plan</label>
            <select id={`${id}-plan`} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={plans === null}>
              {(plans ?? []).map((p) => (
                <option key={p.plan.id} value={p.plan.id}>
                  {p.plan.name}
                </option>
              ))}
              <option value={NEW}>New plan…</option>
            </select>
          </div>
          {choice === NEW ? (
            <div className="plan-field">
              <label htmlFor={`${id}-name`}>New plan name</label>
              <input id={`${id}-name`} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={200} />
            </div>
          ) : null}
          <div className="plan-actions">
            <button type="submit" className="button button--primary" disabled={plans === null}>
              Add
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p role="status" className="add-to-plan__status">
        {result?.ok ? (
          <>
            Added to <Link to={`/plans/${result.planId}`}>{result.planName}</Link>.
          </>
        ) : result ? (
          <span className="plan-state plan-state--overdue">{result.text}</span>
        ) : null}
      </p>
    </div>
  );
}
