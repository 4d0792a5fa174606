import { useId, useMemo, useState, type FormEvent } from 'react';
import { planCustomTrainingSchema } from '../../../shared/model/plan';
import type { PlanView } from '../../../shared/plans/plan-view';
import { describeIssues } from '../../../shared/validation/zod-issues';
import { tta } from '../../app/tta';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { errorText, usePlansStore } from './plans-store';

/** Adds a catalogue training (by choosing it) or a custom one (title, provider, hours). */
export function AddItemPanel({ view, loaded }: { view: PlanView; loaded: LoadedCatalogue }) {
  const id = useId();
  const { setView, setError, setNotice } = usePlansStore();
  const [trainingId, setTrainingId] = useState('');
  const [custom, setCustom] = useState({ title: '', provider: '', hours: '' });
  const [problems, setProblems] = useState<string[]>([]);
  const trainings = useMemo(
    () => [...loaded.catalogue.trainings].filter((t) => t.status !== 'historical').sort((a, b) => a.title.localeCompare(b.title)),
    [loaded],
  );

  async function addCatalogue(e: FormEvent) {
    e.preventDefault();
    if (!trainingId) return;
    try {
      const next = await tta().planAddTraining({ planId: view.plan.id, trainingId, memberIds: [] });
      setView(next);
      setNotice({ text: `Added “${loaded.trainings.get(trainingId)?.title ?? trainingId}”.` });
      setTrainingId('');
    } catch (error) {
      setError(errorText(error));
    }
  }

  async function addCustom(e: FormEvent) {
    e.preventDefault();
    const hours = custom.hours.trim() === '' ? undefined : Number(custom.hours);
    const parsed = planCustomTrainingSchema.safeParse({ title: custom.title, provider: custom.provider, ...(hours === undefined ? {} : { hours }) });
    if (!parsed.success) {
      setProblems(describeIssues(parsed.error));
      return;
    }
    setProblems([]);
    try {
      setView(await tta().planAddCustom({ planId: view.plan.id, custom: parsed.data }));
      setNotice({ text: `Added “${parsed.data.title}”.` });
      setCustom({ title: '', provider: '', hours: '' });
    } catch (error) {
      setError(errorText(error));
    }
  }

  return (
    <div className="add-item">
      <form onSubmit={(e) => void addCatalogue(e)} className="add-item__form">
        <div className="plan-field">
          <label htmlFor={`${id}-training`}>Catalogue training</label>
          <select id={`${id}-training`} value={trainingId} onChange={(e) => setTrainingId(e.target.value)}>
            <option value="">Choose a training…</option>
            {trainings.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={!trainingId}>
          Add training
        </button>
      </form>
      <form onSubmit={(e) => void addCustom(e)} className="add-item__form" aria-labelledby={`${id}-custom-title`}>
        <p id={`${id}-custom-title`} className="add-item__label">
          Or a training that is not in the catalogue:
        </p>
        {problems.length > 0 ? (
          <p className="banner banner--error" role="alert">
            {problems.join('; ')}
          </p>
        ) : null}
        <div className="plan-field-row">
          <div className="plan-field">
            <label htmlFor={`${id}-title`}>Title</label>
            <input id={`${id}-title`} value={custom.title} onChange={(e) => setCustom({ ...custom, title: e.target.value })} maxLength={300} />
          </div>
          <div className="plan-field">
            <label htmlFor={`${id}-provider`}>Provider</label>
            <input id={`${id}-provider`} value={custom.provider} onChange={(e) => setCustom({ ...custom, provider: e.target.value })} maxLength={200} />
          </div>
          <div className="plan-field plan-field--narrow">
            <label htmlFor={`${id}-hours`}>Hours</label>
            <input id={`${id}-hours`} type="number" min={0} max={1000} step={0.25} value={custom.hours} onChange={(e) => setCustom({ ...custom, hours: e.target.value })} />
          </div>
        </div>
        <button type="submit" className="button">
          Add custom training
        </button>
      </form>
    </div>
  );
}
