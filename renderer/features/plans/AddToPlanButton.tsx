import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PlanSummary } from '../../../shared/contract/plan-channels';
import { errorMessage } from '../../app/errors';
import { Field } from '../../components/Field';
import { activePlans, addToPlan } from './plans-actions';

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
    void activePlans()
      .then((active) => {
        if (!live) return;
        setPlans(active);
        setChoice((c) => c || (active[0]?.plan.id ?? NEW));
      })
      .catch((error: unknown) => live && setResult({ ok: false, text: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [open]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const name = newName.trim();
      if (choice === NEW && !name) {
        setResult({ ok: false, text: 'Enter a name for the new plan.' });
        return;
      }
      const added = await addToPlan(choice === NEW ? { newPlanName: name } : { planId: choice }, trainingId);
      setResult({ ok: true, ...added });
      setOpen(false);
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error) });
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
          <Field id={`${id}-plan`} label="Plan">
            {(aria) => (
              <select {...aria} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={plans === null}>
                {(plans ?? []).map((p) => (
                  <option key={p.plan.id} value={p.plan.id}>
                    {p.plan.name}
                  </option>
                ))}
                <option value={NEW}>New plan…</option>
              </select>
            )}
          </Field>
          {choice === NEW ? (
            <Field id={`${id}-name`} label="New plan name">
              {(aria) => <input {...aria} value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={200} />}
            </Field>
          ) : null}
          <div className="button-row">
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
