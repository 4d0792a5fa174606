import { useId, useMemo, useState } from 'react';
import type { Curriculum, ScheduleDay, ScheduleEntry } from '../../../shared/model/curriculum';
import { buildAgenda } from '../../../shared/curricula/agenda';
import { unscheduledModules } from '../../../shared/curricula/curriculum-edits';
import { formatMinutes } from '../../../shared/curricula/curriculum-length';
import { materialLookupFor } from '../../../shared/curricula/materials';
import { moveItem } from '../../../shared/plans/plan-edits';
import { formatDate, isIsoDate, isoFromDayNumber, dayNumber } from '../../../shared/util/dates';
import { notifyError } from '../../app/notice-store';
import { Field } from '../../components/Field';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { saveDays } from './curricula-actions';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Days with a start time; on each, modules and breaks run back to back, so every time
 * follows from the ones before. Each change is saved at once.
 */
export function ScheduleEditor({ curriculum, loaded, today }: { curriculum: Curriculum; loaded: LoadedCatalogue; today: string }) {
  const lookup = useMemo(() => materialLookupFor(loaded.catalogue), [loaded]);
  const agenda = buildAgenda(curriculum, lookup);
  const days = curriculum.days;
  // Days are numbered in date order, as the agenda exports number them.
  const order = days.map((d, i) => ({ d, i })).sort((a, b) => a.d.date.localeCompare(b.d.date) || a.i - b.i);
  const dayNo = new Map(order.map(({ i }, n) => [i, n + 1]));
  const write = (next: ScheduleDay[]) => void saveDays(curriculum, next).catch(notifyError);
  const setDay = (index: number, day: ScheduleDay) => write(days.map((d, i) => (i === index ? day : d)));

  function addDay() {
    const last = [...days].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
    const date = last ? isoFromDayNumber(dayNumber(last.date) + 1) : today;
    write([...days, { date, start: last?.start ?? '09:00', entries: [] }]);
  }

  return (
    <div className="schedule">
      {days.length === 0 ? <p className="empty">No days yet. Add a day, then place modules and breaks on it.</p> : null}
      {days.map((day, index) => {
        const timed = buildAgenda({ ...curriculum, days: [day] }, lookup).days[0]!;
        return (
          <DayCard
            key={index}
            day={day}
            label={`Day ${dayNo.get(index) ?? index + 1}`}
            times={timed.rows.map((r) => `${r.start}–${r.end}`)}
            endsAt={timed.end}
            curriculum={curriculum}
            onChange={(next) => setDay(index, next)}
            onRemove={() => write(days.filter((_, i) => i !== index))}
          />
        );
      })}
      <div className="button-row">
        <button type="button" className="button" onClick={addDay}>
          Add a day
        </button>
      </div>
      {agenda.unscheduled.length > 0 && days.length > 0 ? (
        <p className="muted" data-testid="unscheduled">
          Not yet scheduled: {agenda.unscheduled.map((u) => `${u.moduleNo}. ${u.title}`).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}

function DayCard({
  day,
  label,
  times,
  endsAt,
  curriculum,
  onChange,
  onRemove,
}: {
  day: ScheduleDay;
  label: string;
  times: string[];
  endsAt: string;
  curriculum: Curriculum;
  onChange: (day: ScheduleDay) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const [moduleId, setModuleId] = useState('');
  const [breakDraft, setBreakDraft] = useState({ label: 'Break', minutes: '15' });
  const [problem, setProblem] = useState('');
  const modules = new Map(curriculum.modules.map((m) => [m.id, m]));
  const free = unscheduledModules(curriculum);
  const setEntries = (entries: ScheduleEntry[]) => onChange({ ...day, entries });
  const titleOf = (e: ScheduleEntry) => (e.kind === 'break' ? e.label : (modules.get(e.moduleId)?.title ?? 'Removed module'));

  function place() {
    if (!moduleId) return;
    setEntries([...day.entries, { kind: 'module', moduleId }]);
    setModuleId('');
  }

  function addBreak() {
    const minutes = Number(breakDraft.minutes);
    if (breakDraft.label.trim() === '' || !Number.isInteger(minutes) || minutes < 1 || minutes > 600) {
      setProblem('A break needs a name and a whole number of minutes from 1 to 600.');
      return;
    }
    setProblem('');
    setEntries([...day.entries, { kind: 'break', label: breakDraft.label.trim(), minutes }]);
  }

  return (
    <section className="card schedule-day" aria-label={`${label}, ${formatDate(day.date)}`} data-testid="schedule-day">
      <div className="schedule-day__head">
        <h3>
          {label} · {formatDate(day.date)} · ends {endsAt}
        </h3>
        <button type="button" className="button" onClick={onRemove} aria-label={`Remove ${label}`}>
          Remove day
        </button>
      </div>
      <div className="form__grid">
        <Field id={`${id}-date`} label="Date">
          {(aria) => <input {...aria} type="date" value={day.date} onChange={(e) => isIsoDate(e.target.value) && onChange({ ...day, date: e.target.value })} />}
        </Field>
        <Field id={`${id}-start`} label="Starts at">
          {(aria) => <input {...aria} type="time" value={day.start} onChange={(e) => TIME.test(e.target.value) && onChange({ ...day, start: e.target.value })} />}
        </Field>
      </div>
      {day.entries.length > 0 ? (
        <ol className="schedule-day__entries">
          {day.entries.map((entry, i) => (
            <li key={i} className={entry.kind === 'break' ? 'schedule-entry schedule-entry--break' : 'schedule-entry'}>
              <span className="schedule-entry__time">{times[i] ?? ''}</span>
              <span className="schedule-entry__title">
                {titleOf(entry)}
                {entry.kind === 'break' ? <span className="muted"> ({formatMinutes(entry.minutes)})</span> : null}
              </span>
              <span className="schedule-entry__actions">
                <button type="button" className="button button--small" disabled={i === 0} onClick={() => setEntries(moveItem(day.entries, i, i - 1))} aria-label={`Move ${titleOf(entry)} earlier`}>
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={i === day.entries.length - 1}
                  onClick={() => setEntries(moveItem(day.entries, i, i + 1))}
                  aria-label={`Move ${titleOf(entry)} later`}
                >
                  ↓
                </button>
                <button type="button" className="button button--small" onClick={() => setEntries(day.entries.filter((_, j) => j !== i))} aria-label={`Take ${titleOf(entry)} off ${label}`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">Nothing on this day yet.</p>
      )}
      <div className="schedule-day__add">
        <Field id={`${id}-module`} label="Place a module">
          {(aria) => (
            <select {...aria} value={moduleId} onChange={(e) => setModuleId(e.target.value)}>
              <option value="">{free.length === 0 ? 'Every module is placed' : 'Choose a module…'}</option>
              {free.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({formatMinutes(m.minutes)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" className="button" onClick={place} disabled={!moduleId}>
          Place module
        </button>
        <Field id={`${id}-break`} label="Break name">
          {(aria) => <input {...aria} value={breakDraft.label} onChange={(e) => setBreakDraft({ ...breakDraft, label: e.target.value })} maxLength={100} />}
        </Field>
        <Field id={`${id}-break-minutes`} label="Break minutes">
          {(aria) => <input {...aria} type="number" min={1} max={600} value={breakDraft.minutes} onChange={(e) => setBreakDraft({ ...breakDraft, minutes: e.target.value })} />}
        </Field>
        <button type="button" className="button" onClick={addBreak}>
          Add break
        </button>
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
