import { useId, useMemo, useState, type FormEvent } from 'react';
import { planCustomTrainingSchema } from '../../../shared/model/plan';
import type { PlanView } from '../../../shared/plans/plan-view';
import { formatPath } from '../../../shared/validation/zod-issues';
import { notifyError } from '../../app/notice-store';
import { Field } from '../../components/Field';
import { errorFor, FormErrors, type FieldError } from '../../components/FormErrors';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { addCatalogueTraining, addCustomTraining } from './plans-actions';

/** Adds a catalogue training (by choosing it) or a custom one (title, provider, hours). */
export function AddItemPanel({ view, loaded }: { view: PlanView; loaded: LoadedCatalogue }) {
  const id = useId();
  const [trainingId, setTrainingId] = useState('');
  const [custom, setCustom] = useState({ title: '', provider: '', hours: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const trainings = useMemo(
    () => [...loaded.catalogue.trainings].filter((t) => t.status !== 'historical').sort((a, b) => a.title.localeCompare(b.title)),
    [loaded],
  );
  const fieldIds: Record<string, string> = { title: `${id}-title`, provider: `${id}-provider`, hours: `${id}-hours` };

  async function addCatalogue(e: FormEvent) {
    e.preventDefault();
    if (!trainingId) return;
    try {
      await addCatalogueTraining(view.plan.id, trainingId, loaded.trainings.get(trainingId)?.title ?? trainingId);
      setTrainingId('');
    } catch (error) {
      notifyError(error);
    }
  }

  async function addCustom(e: FormEvent) {
    e.preventDefault();
    const hours = custom.hours.trim() === '' ? undefined : Number(custom.hours);
    const parsed = planCustomTrainingSchema.safeParse({ title: custom.title, provider: custom.provider, ...(hours === undefined ? {} : { hours }) });
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((issue) => ({ fieldId: fieldIds[formatPath(issue.path)] ?? '', label: formatPath(issue.path), message: issue.message })));
      return;
    }
    setErrors([]);
    try {
      await addCustomTraining(view.plan.id, parsed.data);
      setCustom({ title: '', provider: '', hours: '' });
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <div className="add-item">
      <form onSubmit={(e) => void addCatalogue(e)} className="add-item__form">
        <Field id={`${id}-training`} label="Catalogue training">
          {(aria) => (
            <select {...aria} value={trainingId} onChange={(e) => setTrainingId(e.target.value)}>
              <option value="">Choose a training…</option>
              {trainings.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={!trainingId}>
          Add training
        </button>
      </form>
      <form onSubmit={(e) => void addCustom(e)} className="add-item__form" aria-labelledby={`${id}-custom-title`} noValidate>
        <p id={`${id}-custom-title`} className="add-item__label">
          Or a training that is not in the catalogue:
        </p>
        <FormErrors errors={errors} title="Please check the training:" />
        <div className="form__grid">
          <Field id={`${id}-title`} label="Title" error={errorFor(errors, `${id}-title`)}>
            {(aria) => <input {...aria} value={custom.title} onChange={(e) => setCustom({ ...custom, title: e.target.value })} maxLength={300} />}
          </Field>
          <Field id={`${id}-provider`} label="Provider" error={errorFor(errors, `${id}-provider`)}>
            {(aria) => <input {...aria} value={custom.provider} onChange={(e) => setCustom({ ...custom, provider: e.target.value })} maxLength={200} />}
          </Field>
          <Field id={`${id}-hours`} label="Hours" error={errorFor(errors, `${id}-hours`)}>
            {(aria) => <input {...aria} type="number" min={0} max={1000} step={0.25} value={custom.hours} onChange={(e) => setCustom({ ...custom, hours: e.target.value })} />}
          </Field>
        </div>
        <button type="submit" className="button">
          Add custom training
        </button>
      </form>
    </div>
  );
}
