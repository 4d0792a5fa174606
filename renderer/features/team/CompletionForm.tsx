import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { completionDraftSchema, type CompletionDraftInput, type Member } from '../../../shared/model/team';
import type { TrainingFacts, TrainingLookup } from '../../../shared/team/training-lookup';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { Field } from '../../components/Field';
import { errorFor, FormErrors, type FieldError } from '../../components/FormErrors';
import { MemberPicker } from './MemberPicker';
import { TrainingPicker } from './TrainingPicker';
import { errorMessage } from '../../app/errors';
import { FormActions } from '../../components/FormActions';
import { AFTER_TODAY, latestCompletionDay } from '../../../shared/team/not-taken-yet';
import { useToday } from './team-data';

export interface CompletionFormValues {
  memberIds: string[];
  kind: 'catalogue' | 'custom';
  trainingId: string | null;
  /** Title stored on the record when its catalogue training has been retired. */
  retiredTitle?: string;
  customTitle: string;
  customProvider: string;
  completedOn: string;
  hours: string;
  /** Credit hours (POST/CE) when the certificate states them; optional. */
  creditHours?: string;
  validForMonths: string;
  /** The expiry date printed on the certificate (YYYY-MM-DD), or empty. */
  expiresOn?: string;
  certificateNumber: string;
  notes: string;
}

interface Props {
  mode: 'record' | 'edit';
  initial: CompletionFormValues;
  members: readonly Member[];
  trainings: TrainingLookup;
  submitLabel(count: number): string;
  cancelTo: string;
  onSubmit(memberIds: string[], draft: CompletionDraftInput, title: string): Promise<void>;
  children?: ReactNode;
}

/** Form field ids for each part of the draft, so schema errors land on the right control. */
const fieldIds: Record<string, { id: string; label: string }> = {
  title: { id: 'custom-title', label: 'Training title' },
  provider: { id: 'custom-provider', label: 'Provider' },
  trainingId: { id: 'training-search', label: 'Training' },
  completedOn: { id: 'completed-on', label: 'Completed on' },
  hours: { id: 'hours', label: 'Hours' },
  creditHours: { id: 'credit-hours', label: 'Credit hours' },
  validForMonths: { id: 'valid-for', label: 'Valid for (months)' },
  expiresOn: { id: 'expires-on', label: 'Expires on' },
  certificateNumber: { id: 'certificate', label: 'Certificate number' },
  notes: { id: 'notes', label: 'Notes' },
};

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

/**
 * Record a completion for one or several members, or edit one record. A catalogue
 * training (searchable) or one outside the catalogue; hours default to the
 * catalogue's hours for the training when it states them.
 */
export function CompletionForm({ mode, initial, members, trainings, submitLabel, cancelTo, onSubmit, children }: Props) {
  const labels = useCatalogueStore((s) => s.loaded!.labels);
  const today = useToday();
  const [v, setV] = useState(initial);
  const [hoursTouched, setHoursTouched] = useState(mode === 'edit');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = <K extends keyof CompletionFormValues>(key: K, value: CompletionFormValues[K]) => setV((prev) => ({ ...prev, [key]: value }));
  const familyLabel = useCallback((id: string) => labels.value('family', id), [labels]);
  const selected = v.trainingId ? (trainings.get(v.trainingId) ?? null) : null;

  function pick(t: TrainingFacts) {
    setV((prev) => ({ ...prev, trainingId: t.id, retiredTitle: undefined, ...(hoursTouched || t.hours === undefined ? {} : { hours: String(t.hours) }) }));
  }

  function fail(found: FieldError[]) {
    setErrors(found);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldError[] = [];
    if (v.memberIds.length === 0) found.push({ fieldId: 'members', label: 'Members', message: mode === 'record' ? 'Choose at least one member.' : 'Choose the member.' });
    if (v.kind === 'catalogue' && !v.trainingId) {
      found.push({ fieldId: 'training-search', label: 'Training', message: 'Choose a training from the list, or choose “Outside the catalogue” and type its title.' });
    }
    const draft: CompletionDraftInput = {
      training: v.kind === 'catalogue' ? { kind: 'catalogue', trainingId: v.trainingId ?? '' } : { kind: 'custom', title: v.customTitle, provider: v.customProvider },
      completedOn: v.completedOn,
      ...(v.hours.trim() ? { hours: numberOrNaN(v.hours) } : {}),
      ...(v.creditHours?.trim() ? { creditHours: numberOrNaN(v.creditHours) } : {}),
      ...(v.validForMonths.trim() ? { validForMonths: numberOrNaN(v.validForMonths) } : {}),
      ...(v.expiresOn ? { expiresOn: v.expiresOn } : {}),
      ...(v.certificateNumber.trim() ? { certificateNumber: v.certificateNumber } : {}),
      ...(v.notes.trim() ? { notes: v.notes } : {}),
    };
    if (v.completedOn !== '' && v.completedOn > latestCompletionDay(today)) found.push({ fieldId: fieldIds.completedOn!.id, label: fieldIds.completedOn!.label, message: AFTER_TODAY });
    const parsed = completionDraftSchema.safeParse(draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[issue.path.length - 1] ?? '');
        if (v.kind === 'catalogue' && issue.path[0] === 'training') continue; // reported above
        const target = fieldIds[key] ?? { id: '', label: 'Record' };
        const message = key === 'completedOn' && v.completedOn === '' ? 'Enter the date the training was completed.' : issue.message;
        found.push({ fieldId: target.id, label: target.label, message });
      }
    }
    if (found.length > 0) return fail(found);
    setBusy(true);
    try {
      const title = v.kind === 'custom' ? v.customTitle.trim() : (selected?.title ?? v.retiredTitle ?? '');
      await onSubmit(v.memberIds, draft, title);
    } catch (error) {
      fail([{ fieldId: '', label: 'Not saved', message: errorMessage(error) }]);
    } finally {
      setBusy(false);
    }
  }

  const trainingError = errorFor(errors, 'training-search');
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrors ref={summaryRef} errors={errors} />

      {mode === 'record' ? (
        <MemberPicker id="members" members={members} selected={v.memberIds} onChange={(ids) => set('memberIds', ids)} error={errorFor(errors, 'members')} />
      ) : (
        <Field id="members" label="Member" required error={errorFor(errors, 'members')}>
          {(aria) => (
            <select {...aria} value={v.memberIds[0] ?? ''} onChange={(e) => set('memberIds', e.target.value ? [e.target.value] : [])}>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.active ? '' : ' (inactive)'}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <fieldset className="checks">
        <legend>Training</legend>
        <div className="radio-row">
          <label>
            <input type="radio" name="training-kind" checked={v.kind === 'catalogue'} onChange={() => set('kind', 'catalogue')} />
            From the catalogue
          </label>
          <label>
            <input type="radio" name="training-kind" checked={v.kind === 'custom'} onChange={() => set('kind', 'custom')} />
            Outside the catalogue
          </label>
        </div>
        {v.kind === 'catalogue' ? (
          <div className={`field${trainingError ? ' field--invalid' : ''}`}>
            <label htmlFor="training-search">
              Catalogue training <span className="field__required">(required)</span>
            </label>
            <TrainingPicker
              id="training-search"
              trainings={trainings.all()}
              selected={selected}
              {...(v.retiredTitle ? { retiredTitle: v.retiredTitle } : {})}
              familyLabel={familyLabel}
              onSelect={pick}
              describedBy={`training-choice${trainingError ? ' training-search-error' : ''}`}
              invalid={Boolean(trainingError)}
            />
            <p id="training-choice" className="field__hint" aria-live="polite">
              {selected
                ? `Chosen: ${selected.title} (${selected.providerName}, ${familyLabel(selected.family)}${selected.hours !== undefined ? `, ${selected.hours} hours` : ', hours not stated'}).`
                : v.retiredTitle
                  ? `Chosen: ${v.retiredTitle} (retired from the catalogue).`
                  : 'Nothing chosen yet.'}
            </p>
            {trainingError ? (
              <p id="training-search-error" className="field__error">
                {trainingError}
              </p>
            ) : null}
          </div>
        ) : (
          <div className="form__grid">
            <Field id="custom-title" label="Training title" required error={errorFor(errors, 'custom-title')}>
              {(aria) => <input {...aria} type="text" value={v.customTitle} onChange={(e) => set('customTitle', e.target.value)} />}
            </Field>
            <Field id="custom-provider" label="Provider" hint="Optional: who delivered it." error={errorFor(errors, 'custom-provider')}>
              {(aria) => <input {...aria} type="text" value={v.customProvider} onChange={(e) => set('customProvider', e.target.value)} />}
            </Field>
          </div>
        )}
      </fieldset>

      <div className="form__grid">
        <Field id="completed-on" label="Completed on" required error={errorFor(errors, 'completed-on')}>
          {(aria) => <input {...aria} type="date" value={v.completedOn} max={latestCompletionDay(today)} onChange={(e) => set('completedOn', e.target.value)} />}
        </Field>
        <Field id="hours" label="Hours" hint={selected?.hours !== undefined ? `The catalogue states ${selected.hours} hours.` : 'Quarter hours are fine, e.g. 1.25. Leave empty if they were not recorded.'} error={errorFor(errors, 'hours')}>
          {(aria) => (
            <input
              {...aria}
              type="text"
              inputMode="decimal"
              value={v.hours}
              onChange={(e) => {
                setHoursTouched(true);
                set('hours', e.target.value);
              }}
            />
          )}
        </Field>
        <Field id="credit-hours" label="Credit hours" hint="Optional. Only when the certificate states credit hours apart from clock hours." error={errorFor(errors, 'credit-hours')}>
          {(aria) => <input {...aria} type="text" inputMode="decimal" value={v.creditHours ?? ''} onChange={(e) => set('creditHours', e.target.value)} />}
        </Field>
        <Field id="valid-for" label="Valid for (months)" hint="Leave empty if the certificate does not expire." error={errorFor(errors, 'valid-for')}>
          {(aria) => <input {...aria} type="text" inputMode="numeric" value={v.validForMonths} onChange={(e) => set('validForMonths', e.target.value)} />}
        </Field>
        <Field
          id="expires-on"
          label="Expires on"
          hint="Optional: the expiry date printed on the certificate. When given, it is used instead of Valid for."
          error={errorFor(errors, 'expires-on')}
        >
          {(aria) => <input {...aria} type="date" value={v.expiresOn ?? ''} min={v.completedOn || undefined} onChange={(e) => set('expiresOn', e.target.value)} />}
        </Field>
        <Field id="certificate" label="Certificate number" hint="Optional." error={errorFor(errors, 'certificate')}>
          {(aria) => <input {...aria} type="text" value={v.certificateNumber} onChange={(e) => set('certificateNumber', e.target.value)} />}
        </Field>
      </div>
      <Field id="notes" label="Notes" hint="Optional." error={errorFor(errors, 'notes')}>
        {(aria) => <textarea {...aria} rows={3} value={v.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>

      <FormActions busy={busy} submitLabel={submitLabel(v.memberIds.length)} cancel={{ to: cancelTo }}>
        {children}
      </FormActions>
    </form>
  );
}
