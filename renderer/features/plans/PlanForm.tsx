import { useId, useRef, useState, type FormEvent } from 'react';
import { planFieldsSchema, type PlanFields } from '../../../shared/model/plan';
import type { Term } from '../../../shared/catalogue/schema';
import { formatPath } from '../../../shared/validation/zod-issues';
import { errorMessage } from '../../app/errors';
import { Field } from '../../components/Field';
import { errorFor, FormErrors, type FieldError } from '../../components/FormErrors';
import { FormActions } from '../../components/FormActions';

/** Name, purpose, audience focus, period and notes: used to create a plan and to edit one. */
export function PlanForm({
  initial,
  audiences,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: PlanFields;
  audiences: readonly Term[];
  submitLabel: string;
  onSubmit: (fields: PlanFields) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [fields, setFields] = useState<PlanFields>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof PlanFields>(key: K, value: PlanFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const fieldIds: Record<string, string> = { name: `${id}-name`, 'period.start': `${id}-start`, 'period.end': `${id}-end`, purpose: `${id}-purpose`, notes: `${id}-notes` };

  function fail(next: FieldError[]) {
    setErrors(next);
    requestAnimationFrame(() => summary.current?.focus());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = planFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      fail(
        parsed.error.issues.slice(0, 10).map((issue) => {
          const path = formatPath(issue.path);
          return { fieldId: fieldIds[path] ?? '', label: path, message: issue.message };
        }),
      );
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      fail([{ fieldId: '', label: 'Not saved', message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  }

  const toggleAudience = (audience: string, on: boolean) =>
    set('audienceFocus', on ? [...fields.audienceFocus, audience] : fields.audienceFocus.filter((a) => a !== audience));

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors ref={summary} errors={errors} title="Please check the plan:" />
      <Field id={`${id}-name`} label="Plan name" error={errorFor(errors, `${id}-name`)}>
        {(aria) => <input {...aria} value={fields.name} onChange={(e) => set('name', e.target.value)} maxLength={200} />}
      </Field>
      <div className="form__grid">
        <Field id={`${id}-start`} label="Period starts" error={errorFor(errors, `${id}-start`)}>
          {(aria) => <input {...aria} type="date" value={fields.period.start} onChange={(e) => set('period', { ...fields.period, start: e.target.value })} />}
        </Field>
        <Field id={`${id}-end`} label="Period ends" error={errorFor(errors, `${id}-end`)}>
          {(aria) => <input {...aria} type="date" value={fields.period.end} onChange={(e) => set('period', { ...fields.period, end: e.target.value })} />}
        </Field>
      </div>
      <Field id={`${id}-purpose`} label="Purpose" error={errorFor(errors, `${id}-purpose`)}>
        {(aria) => <textarea {...aria} rows={3} value={fields.purpose} onChange={(e) => set('purpose', e.target.value)} maxLength={4000} />}
      </Field>
      <fieldset className="checks">
        <legend>Audience focus</legend>
        <div className="checks__list">
          {audiences.map((a) => (
            <label key={a.id} title={a.meaning}>
              <input type="checkbox" checked={fields.audienceFocus.includes(a.id)} onChange={(e) => toggleAudience(a.id, e.target.checked)} />
              {a.label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id={`${id}-notes`} label="Notes" error={errorFor(errors, `${id}-notes`)}>
        {(aria) => <textarea {...aria} rows={2} value={fields.notes} onChange={(e) => set('notes', e.target.value)} maxLength={4000} />}
      </Field>
      <FormActions busy={busy} submitLabel={submitLabel} cancel={onCancel ? { onClick: onCancel } : undefined} />
    </form>
  );
}
