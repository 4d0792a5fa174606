import { useId, useRef, useState, type FormEvent } from 'react';
import { moduleFieldsSchema, moduleMethodSchema, type Material, type ModuleFields, type ModuleMethod } from '../../../shared/model/curriculum';
import { methodLabels } from '../../../shared/curricula/agenda';
import { formatPath } from '../../../shared/validation/zod-issues';
import { errorMessage } from '../../app/errors';
import { Field } from '../../components/Field';
import { errorFor, FormErrors, type FieldError } from '../../components/FormErrors';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { MaterialsEditor } from './MaterialsEditor';
import { FormActions } from '../../components/FormActions';

interface Draft {
  title: string;
  minutes: string;
  method: ModuleMethod;
  presenter: string;
  objectives: string;
  materials: Material[];
}

const blank: Draft = { title: '', minutes: '', method: 'presentation', presenter: '', objectives: '', materials: [] };

/** A module's title, minutes, method, presenter, objectives and materials: to add one or edit one. */
export function ModuleForm({
  initial,
  loaded,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: ModuleFields;
  loaded: LoadedCatalogue;
  submitLabel: string;
  onSubmit: (fields: ModuleFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(initial ? { ...initial, minutes: String(initial.minutes) } : blank);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const fieldIds: Record<string, string> = { title: `${id}-title`, minutes: `${id}-minutes`, presenter: `${id}-presenter`, objectives: `${id}-objectives` };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = moduleFieldsSchema.safeParse({ ...draft, minutes: draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes) });
    if (!parsed.success) {
      setErrors(
        parsed.error.issues.slice(0, 10).map((issue) => {
          const path = formatPath(issue.path);
          return { fieldId: fieldIds[path] ?? '', label: path, message: path === 'minutes' && draft.minutes.trim() === '' ? 'Enter the module’s length in minutes' : issue.message };
        }),
      );
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await onSubmit(parsed.data);
      if (!initial) setDraft(blank);
    } catch (error) {
      setErrors([{ fieldId: '', label: 'Not saved', message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form module-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors ref={summary} errors={errors} title="Please check the module:" />
      <div className="form__grid">
        <Field id={`${id}-title`} label="Module title" error={errorFor(errors, `${id}-title`)}>
          {(aria) => <input {...aria} value={draft.title} onChange={(e) => set('title', e.target.value)} maxLength={300} />}
        </Field>
        <Field id={`${id}-minutes`} label="Minutes" error={errorFor(errors, `${id}-minutes`)}>
          {(aria) => <input {...aria} type="number" min={1} max={1440} step={5} value={draft.minutes} onChange={(e) => set('minutes', e.target.value)} />}
        </Field>
        <Field id={`${id}-method`} label="Method">
          {(aria) => (
            <select {...aria} value={draft.method} onChange={(e) => set('method', e.target.value as ModuleMethod)}>
              {moduleMethodSchema.options.map((m) => (
                <option key={m} value={m}>
                  {methodLabels[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-presenter`} label="Presenter" error={errorFor(errors, `${id}-presenter`)}>
          {(aria) => <input {...aria} value={draft.presenter} onChange={(e) => set('presenter', e.target.value)} maxLength={200} />}
        </Field>
      </div>
      <Field id={`${id}-objectives`} label="Module objectives" error={errorFor(errors, `${id}-objectives`)}>
        {(aria) => <textarea {...aria} rows={2} value={draft.objectives} onChange={(e) => set('objectives', e.target.value)} maxLength={4000} />}
      </Field>
      <MaterialsEditor materials={draft.materials} onChange={(next) => set('materials', next)} loaded={loaded} />
      <FormActions busy={busy} submitLabel={submitLabel} cancel={onCancel ? { onClick: onCancel } : undefined} />
    </form>
  );
}
