import { useId, useRef, useState, type FormEvent } from 'react';
import type { Term } from '../../../shared/catalogue/schema';
import { curriculumFieldsSchema, type Curriculum, type CurriculumFields } from '../../../shared/model/curriculum';
import { formatPath } from '../../../shared/validation/zod-issues';
import { errorMessage } from '../../app/errors';
import { Field } from '../../components/Field';
import { errorFor, FormErrors, type FieldError } from '../../components/FormErrors';
import { FormActions } from '../../components/FormActions';

/** What the form edits, as typed: hours and minutes stay text until submit. */
interface Draft {
  title: string;
  purpose: string;
  audiences: string[];
  format: string;
  hours: string;
  minutes: string;
  objectives: string;
}

export function draftOf(c: Partial<CurriculumFields>): Draft {
  const length = c.lengthMinutes;
  return {
    title: c.title ?? '',
    purpose: c.purpose ?? '',
    audiences: [...(c.audiences ?? [])],
    format: c.format ?? '',
    hours: length === undefined ? '' : String(Math.floor(length / 60)),
    minutes: length === undefined ? '' : String(length % 60),
    objectives: c.objectives ?? '',
  };
}

function lengthOf(d: Draft): number | undefined | 'bad' {
  if (d.hours.trim() === '' && d.minutes.trim() === '') return undefined;
  const h = d.hours.trim() === '' ? 0 : Number(d.hours);
  const m = d.minutes.trim() === '' ? 0 : Number(d.minutes);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h < 0 || m < 0) return 'bad';
  return h * 60 + m;
}

/**
 * Title, purpose, audiences, format, length and objectives: used to create a curriculum
 * (optionally starting from another) and to edit one.
 */
export function CurriculumForm({
  initial,
  audiences,
  formats,
  startFrom,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Partial<CurriculumFields>;
  audiences: readonly Term[];
  formats: readonly Term[];
  /** Offered when creating: curricula to start from. */
  startFrom?: readonly Curriculum[];
  submitLabel: string;
  onSubmit: (fields: CurriculumFields, fromId: string | undefined) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [fromId, setFromId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const fieldIds: Record<string, string> = { title: `${id}-title`, purpose: `${id}-purpose`, lengthMinutes: `${id}-hours`, objectives: `${id}-objectives` };

  function fail(next: FieldError[]) {
    setErrors(next);
    requestAnimationFrame(() => summary.current?.focus());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const length = lengthOf(draft);
    if (length === 'bad') {
      fail([{ fieldId: `${id}-hours`, label: 'Total length', message: 'Use whole hours and minutes' }]);
      return;
    }
    const parsed = curriculumFieldsSchema.safeParse({
      title: draft.title,
      purpose: draft.purpose,
      audiences: draft.audiences,
      objectives: draft.objectives,
      ...(draft.format ? { format: draft.format } : {}),
      ...(length !== undefined ? { lengthMinutes: length } : {}),
    });
    if (!parsed.success) {
      fail(
        parsed.error.issues.slice(0, 10).map((issue) => {
          const path = formatPath(issue.path);
          return { fieldId: fieldIds[path] ?? '', label: path === 'lengthMinutes' ? 'Total length' : path, message: issue.message };
        }),
      );
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await onSubmit(parsed.data, fromId || undefined);
    } catch (error) {
      fail([{ fieldId: '', label: 'Not saved', message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  }

  const toggleAudience = (audience: string, on: boolean) => set('audiences', on ? [...draft.audiences, audience] : draft.audiences.filter((a) => a !== audience));

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors ref={summary} errors={errors} title="Please check the curriculum:" />
      {startFrom && startFrom.length > 0 ? (
        <Field id={`${id}-from`} label="Start from" hint="Takes that curriculum’s modules and schedule; the details are the ones below.">
          {(aria) => (
            <select {...aria} value={fromId} onChange={(e) => setFromId(e.target.value)}>
              <option value="">An empty curriculum</option>
              {startFrom.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id={`${id}-title`} label="Title" error={errorFor(errors, `${id}-title`)}>
        {(aria) => <input {...aria} value={draft.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />}
      </Field>
      <Field id={`${id}-purpose`} label="Purpose" error={errorFor(errors, `${id}-purpose`)}>
        {(aria) => <textarea {...aria} rows={2} value={draft.purpose} onChange={(e) => set('purpose', e.target.value)} maxLength={4000} />}
      </Field>
      <fieldset className="checks">
        <legend>Audiences</legend>
        <div className="checks__list">
          {audiences.map((a) => (
            <label key={a.id} title={a.meaning}>
              <input type="checkbox" checked={draft.audiences.includes(a.id)} onChange={(e) => toggleAudience(a.id, e.target.checked)} />
              {a.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form__grid">
        <Field id={`${id}-format`} label="Format">
          {(aria) => (
            <select {...aria} value={draft.format} onChange={(e) => set('format', e.target.value)}>
              <option value="">Not chosen yet</option>
              {formats.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-hours`} label="Total length: hours" error={errorFor(errors, `${id}-hours`)}>
          {(aria) => <input {...aria} type="number" min={0} step={1} value={draft.hours} onChange={(e) => set('hours', e.target.value)} />}
        </Field>
        <Field id={`${id}-minutes`} label="and minutes">
          {(aria) => <input {...aria} type="number" min={0} max={59} step={5} value={draft.minutes} onChange={(e) => set('minutes', e.target.value)} />}
        </Field>
      </div>
      <Field id={`${id}-objectives`} label="Learning objectives" error={errorFor(errors, `${id}-objectives`)}>
        {(aria) => <textarea {...aria} rows={3} value={draft.objectives} onChange={(e) => set('objectives', e.target.value)} maxLength={4000} />}
      </Field>
      <FormActions busy={busy} submitLabel={submitLabel} cancel={onCancel ? { onClick: onCancel } : undefined} />
    </form>
  );
}
