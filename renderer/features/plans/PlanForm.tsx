import { useId, useState, type FormEvent } from 'react';
import { planFieldsSchema, type PlanFields } from '../../../shared/model/plan';
import type { Term } from '../../../shared/catalogue/schema';
import { describeIssues } from '../../../shared/validation/zod-issues';
import { ErrorDetails } from '../../components/ErrorDetails';

/** A new plan starts on the current calendar year. */
export function defaultPlanFields(today = new Date()): PlanFields {
  const year = today.getFullYear();
  return { name: '', purpose: '', audienceFocus: [], period: { start: `${year}-01-01`, end: `${year}-12-31` }, notes: '' };
}

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
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof PlanFields>(key: K, value: PlanFields[K]) => setFields((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = planFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setProblems(describeIssues(parsed.error));
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } finally {
      setBusy(false);
    }
  }

  const toggleAudience = (audience: string, on: boolean) =>
    set('audienceFocus', on ? [...fields.audienceFocus, audience] : fields.audienceFocus.filter((a) => a !== audience));

  return (
    <form className="plan-form" onSubmit={(e) => void submit(e)} noValidate>
      {problems.length > 0 ? <ErrorDetails message="Please check the plan:" details={problems} /> : null}
      <div className="plan-field">
        <label htmlFor={`${id}-name`}>Plan name</label>
        <input id={`${id}-name`} value={fields.name} onChange={(e) => set('name', e.target.value)} required maxLength={200} />
      </div>
      <div className="plan-field-row">
        <div className="plan-field">
          <label htmlFor={`${id}-start`}>Period starts</label>
          <input id={`${id}-start`} type="date" value={fields.period.start} onChange={(e) => set('period', { ...fields.period, start: e.target.value })} required />
        </div>
        <div className="plan-field">
          <label htmlFor={`${id}-end`}>Period ends</label>
          <input id={`${id}-end`} type="date" value={fields.period.end} onChange={(e) => set('period', { ...fields.period, end: e.target.value })} required />
        </div>
      </div>
      <div className="plan-field">
        <label htmlFor={`${id}-purpose`}>Purpose</label>
        <textarea id={`${id}-purpose`} rows={3} value={fields.purpose} onChange={(e) => set('purpose', e.target.value)} maxLength={4000} />
      </div>
      <fieldset className="plan-field plan-checks">
        <legend>Audience focus</legend>
        {audiences.map((a) => (
          <label key={a.id} title={a.meaning}>
            <input type="checkbox" checked={fields.audienceFocus.includes(a.id)} onChange={(e) => toggleAudience(a.id, e.target.checked)} />
            {a.label}
          </label>
        ))}
      </fieldset>
      <div className="plan-field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea id={`${id}-notes`} rows={2} value={fields.notes} onChange={(e) => set('notes', e.target.value)} maxLength={4000} />
      </div>
      <div className="plan-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
