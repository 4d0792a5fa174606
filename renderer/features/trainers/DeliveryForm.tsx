import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Curriculum } from '../../../shared/model/curriculum';
import { deliveryFieldsSchema, type AttendanceCount, type Attendee, type Delivery, type DeliveryFields } from '../../../shared/model/delivery';
import { formatPath } from '../../../shared/validation/zod-issues';
import { errorMessage } from '../../app/errors';
import { Field } from '../../components/Field';
import { errorFor, FormErrors, type FieldError } from '../../components/FormErrors';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { SignInImport, type ReadSheet } from './SignInImport';
import { FormActions } from '../../components/FormActions';

interface CountDraft {
  audience: string;
  agency: string;
  count: string;
}

/** The form's drafts of a recorded delivery, for editing it. */
function countDrafts(delivery: Delivery | undefined): CountDraft[] {
  const rows = delivery?.attendance.kind === 'counts' ? delivery.attendance.counts : [];
  return rows.length > 0 ? rows.map((c) => ({ audience: c.audience ?? '', agency: c.agency, count: String(c.count) })) : [{ audience: '', agency: '', count: '' }];
}

function subjectDraft(delivery: Delivery | undefined): string {
  if (!delivery) return '';
  return delivery.subject.kind === 'curriculum' ? `curriculum:${delivery.subject.curriculumId}` : `training:${delivery.subject.trainingId}`;
}

/**
 * Records one delivery: what, when, where, hours, presenters, topics, attendance (counts or a
 * sign-in sheet), evaluation. With `initial`, edits a recorded one: the fields start as they were
 * and an attendee list read earlier is kept unless another sheet is imported.
 */
export function DeliveryForm({
  curricula,
  loaded,
  onSubmit,
  initial,
  submitLabel = 'Record delivery',
}: {
  curricula: readonly Curriculum[];
  loaded: LoadedCatalogue;
  onSubmit: (fields: DeliveryFields) => Promise<void>;
  initial?: Delivery;
  submitLabel?: string;
}) {
  const id = useId();
  const vocab = loaded.catalogue.vocabularies;
  const trainings = useMemo(() => [...loaded.catalogue.trainings].sort((a, b) => a.title.localeCompare(b.title)), [loaded]);
  const [subject, setSubject] = useState(() => subjectDraft(initial));
  const [dates, setDates] = useState(() => ({ start: initial?.startDate ?? '', end: initial && initial.endDate !== initial.startDate ? initial.endDate : '' }));
  const [online, setOnline] = useState(initial?.online ?? false);
  const [location, setLocation] = useState(initial?.location ?? '');
  const [hours, setHours] = useState(initial ? String(initial.hours) : '');
  const [presenters, setPresenters] = useState(initial?.presenters.join(', ') ?? '');
  const [topics, setTopics] = useState<string[]>(initial?.topics ?? []);
  const [kind, setKind] = useState<'counts' | 'list'>(initial?.attendance.kind ?? 'counts');
  const [counts, setCounts] = useState<CountDraft[]>(() => countDrafts(initial));
  const [sheet, setSheet] = useState<ReadSheet | null>(null);
  const kept: Attendee[] = initial?.attendance.kind === 'list' ? initial.attendance.attendees : [];
  const [evaluation, setEvaluation] = useState(initial?.evaluationAverage === undefined ? '' : String(initial.evaluationAverage));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fieldIds: Record<string, string> = { subject: `${id}-subject`, startDate: `${id}-start`, endDate: `${id}-end`, hours: `${id}-hours`, evaluationAverage: `${id}-evaluation` };

  function fail(next: FieldError[]) {
    setErrors(next);
    requestAnimationFrame(() => summary.current?.focus());
  }

  function subjectValue(): unknown {
    const [k, ref] = subject.split(':', 2) as [string, string | undefined];
    if (k === 'curriculum') return { kind: 'curriculum', curriculumId: ref, title: curricula.find((c) => c.id === ref)?.title ?? '' };
    if (k === 'training') return { kind: 'training', trainingId: ref, title: loaded.trainings.get(ref ?? '')?.title ?? ref };
    return undefined;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const countRows: AttendanceCount[] = [];
    const problems: FieldError[] = [];
    counts.forEach((c, i) => {
      if (c.count.trim() === '' && c.agency.trim() === '' && c.audience === '') return;
      const n = Number(c.count);
      if (!Number.isInteger(n) || n < 1) problems.push({ fieldId: `${id}-count-${i}`, label: `Attendance row ${i + 1}`, message: 'Enter a whole number of people, 1 or more' });
      else countRows.push({ agency: c.agency, count: n, ...(c.audience ? { audience: c.audience } : {}) });
    });
    const attendees: Attendee[] = sheet && sheet.sheet.fileProblems.length === 0 ? sheet.sheet.attendees : kept;
    if (problems.length > 0) return fail(problems);
    const parsed = deliveryFieldsSchema.safeParse({
      subject: subjectValue(),
      startDate: dates.start,
      endDate: dates.end || dates.start,
      online,
      location,
      hours: hours.trim() === '' ? Number.NaN : Number(hours),
      presenters: presenters.split(/[,;]/).map((p) => p.trim()).filter(Boolean),
      topics,
      attendance: kind === 'counts' ? { kind, counts: countRows } : { kind, attendees },
      ...(evaluation.trim() ? { evaluationAverage: Number(evaluation) } : {}),
      // The form has no notes field: an edit keeps the notes as they were.
      notes: initial?.notes ?? '',
    });
    if (!parsed.success) {
      return fail(
        parsed.error.issues.slice(0, 10).map((issue) => {
          const path = formatPath(issue.path);
          const key = path.split('.')[0]!;
          const message = key === 'subject' ? 'Choose the curriculum or training that was delivered' : key === 'hours' && hours.trim() === '' ? 'Enter the hours of instruction' : issue.message;
          return { fieldId: fieldIds[key] ?? '', label: key, message };
        }),
      );
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

  const setCount = (i: number, patch: Partial<CountDraft>) => setCounts(counts.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors ref={summary} errors={errors} title="Please check the delivery:" />
      <Field id={`${id}-subject`} label="What was delivered" error={errorFor(errors, `${id}-subject`)}>
        {(aria) => (
          <select {...aria} value={subject} onChange={(e) => setSubject(e.target.value)}>
            <option value="">Choose…</option>
            <optgroup label="Your curricula">
              {curricula.map((c) => (
                <option key={c.id} value={`curriculum:${c.id}`}>
                  {c.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="Catalogue trainings your team hosted">
              {trainings.map((t) => (
                <option key={t.id} value={`training:${t.id}`}>
                  {t.title}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <div className="form__grid">
        <Field id={`${id}-start`} label="First day" error={errorFor(errors, `${id}-start`)}>
          {(aria) => <input {...aria} type="date" value={dates.start} onChange={(e) => setDates({ ...dates, start: e.target.value })} />}
        </Field>
        <Field id={`${id}-end`} label="Last day" hint="Leave empty for one day." error={errorFor(errors, `${id}-end`)}>
          {(aria) => <input {...aria} type="date" value={dates.end} onChange={(e) => setDates({ ...dates, end: e.target.value })} />}
        </Field>
        <Field id={`${id}-hours`} label="Hours of instruction" error={errorFor(errors, `${id}-hours`)}>
          {(aria) => <input {...aria} type="number" min={0.25} max={1000} step={0.25} value={hours} onChange={(e) => setHours(e.target.value)} />}
        </Field>
        <Field id={`${id}-location`} label="Location">
          {(aria) => <input {...aria} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={300} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={online} onChange={(e) => setOnline(e.target.checked)} /> Delivered online
      </label>
      <Field id={`${id}-presenters`} label="Presenters" hint="Separate names with commas.">
        {(aria) => <input {...aria} value={presenters} onChange={(e) => setPresenters(e.target.value)} />}
      </Field>
      <fieldset className="checks">
        <legend>Topics covered</legend>
        <div className="checks__list">
          {vocab.topics.map((t) => (
            <label key={t.id} title={t.meaning}>
              <input type="checkbox" checked={topics.includes(t.id)} onChange={(e) => setTopics(e.target.checked ? [...topics, t.id] : topics.filter((x) => x !== t.id))} />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="checks">
        <legend>Attendance</legend>
        <label className="check">
          <input type="radio" name={`${id}-kind`} checked={kind === 'counts'} onChange={() => setKind('counts')} /> Counts per audience and agency
        </label>
        <label className="check">
          <input type="radio" name={`${id}-kind`} checked={kind === 'list'} onChange={() => setKind('list')} /> Attendee list from a sign-in sheet
        </label>
      </fieldset>
      {kind === 'counts' ? (
        <div className="attendance-counts">
          {counts.map((c, i) => (
            <div className="form__grid" key={i} data-testid="count-row">
              <Field id={`${id}-audience-${i}`} label={`Audience, row ${i + 1}`}>
                {(aria) => (
                  <select {...aria} value={c.audience} onChange={(e) => setCount(i, { audience: e.target.value })}>
                    <option value="">Not recorded</option>
                    {vocab.audiences.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`${id}-agency-${i}`} label={`Agency, row ${i + 1}`}>
                {(aria) => <input {...aria} value={c.agency} onChange={(e) => setCount(i, { agency: e.target.value })} maxLength={200} />}
              </Field>
              <Field id={`${id}-count-${i}`} label={`People, row ${i + 1}`} error={errorFor(errors, `${id}-count-${i}`)}>
                {(aria) => <input {...aria} type="number" min={1} step={1} value={c.count} onChange={(e) => setCount(i, { count: e.target.value })} />}
              </Field>
            </div>
          ))}
          <button type="button" className="button" onClick={() => setCounts([...counts, { audience: '', agency: '', count: '' }])}>
            Add a row
          </button>
        </div>
      ) : (
        <>
          {!sheet && kept.length > 0 ? (
            <p role="status">{kept.length === 1 ? '1 attendee' : `${kept.length} attendees`} from the sign-in sheet imported earlier; import another sheet to replace them.</p>
          ) : null}
          <SignInImport audiences={vocab.audiences} onRead={setSheet} />
        </>
      )}
      <Field id={`${id}-evaluation`} label="Evaluation average (1–5, optional)" error={errorFor(errors, `${id}-evaluation`)}>
        {(aria) => <input {...aria} type="number" min={1} max={5} step={0.1} value={evaluation} onChange={(e) => setEvaluation(e.target.value)} />}
      </Field>
      <FormActions busy={busy} submitLabel={submitLabel} />
    </form>
  );
}
