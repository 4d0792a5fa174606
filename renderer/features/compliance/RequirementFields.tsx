import { useId, useState } from 'react';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { monthName } from '../../../shared/compliance/labels';
import type { RequiredTraining } from '../../../shared/model/requirements';
import type { RequirementModel } from './profile-form-model';

const kindLabels: Record<RequirementModel['kind'], string> = { training: 'Take a training', recurring: 'Recurring training', hours: 'Hours' };

function TrainingChooser({ value, onChange, catalogue, label }: { value: RequiredTraining[]; onChange(v: RequiredTraining[]): void; catalogue: Catalogue; label: string }) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const [custom, setCustom] = useState('');
  const trainings = [...catalogue.trainings].sort((a, b) => a.title.localeCompare(b.title));
  const titleOf = (t: RequiredTraining) => (t.kind === 'custom' ? `${t.title} (outside the catalogue)` : (catalogue.trainings.find((x) => x.id === t.trainingId)?.title ?? `${t.title} (retired)`));
  return (
    <div className="training-chooser">
      <p className="muted">{value.length > 1 ? 'Any one of these counts:' : 'Training:'}</p>
      <ul className="requirement-list" aria-label={`${label}: chosen trainings`}>
        {value.map((t, i) => (
          <li key={t.kind === 'catalogue' ? t.trainingId : `custom-${t.title}`}>
            {titleOf(t)}{' '}
            <button type="button" className="link-button link-button--danger" onClick={() => onChange(value.filter((_, k) => k !== i))}>
              Remove {titleOf(t)}
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-cat`}>{label}: add a catalogue training</label>
      <select id={`${id}-cat`} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Choose a training…</option>
        {trainings.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button"
        disabled={choice === ''}
        onClick={() => {
          const t = catalogue.trainings.find((x) => x.id === choice);
          if (t && !value.some((v) => v.kind === 'catalogue' && v.trainingId === t.id)) onChange([...value, { kind: 'catalogue', trainingId: t.id, title: t.title }]);
          setChoice('');
        }}
      >
        Add training
      </button>
      <label htmlFor={`${id}-custom`}>{label}: or a training outside the catalogue (its title)</label>
      <input id={`${id}-custom`} value={custom} onChange={(e) => setCustom(e.target.value)} />{' '}
      <button
        type="button"
        className="button"
        disabled={custom.trim() === ''}
        onClick={() => {
          onChange([...value, { kind: 'custom', title: custom.trim() }]);
          setCustom('');
        }}
      >
        Add custom training
      </button>
    </div>
  );
}

function CycleFields({ r, set, label }: { r: RequirementModel; set(patch: Partial<RequirementModel>): void; label: string }) {
  const id = useId();
  return (
    <div className="plan-field-row">
      <label htmlFor={`${id}-type`}>
        {label}: {r.kind === 'hours' ? 'counted' : 'due'}
      </label>
      <select id={`${id}-type`} value={r.cycleType} onChange={(e) => set({ cycleType: e.target.value as RequirementModel['cycleType'] })}>
        <option value="rolling">{r.kind === 'hours' ? 'over a rolling window of months' : 'again every N months after the last time'}</option>
        <option value="yearly">{r.kind === 'hours' ? 'per calendar or fiscal year' : 'once per calendar or fiscal year'}</option>
      </select>
      {r.cycleType === 'rolling' ? (
        <>
          <label htmlFor={`${id}-months`}>{label}: months</label>
          <input id={`${id}-months`} inputMode="numeric" size={4} value={r.months} onChange={(e) => set({ months: e.target.value })} />
        </>
      ) : (
        <>
          <label htmlFor={`${id}-start`}>{label}: year starts in</label>
          <select id={`${id}-start`} value={r.startMonth} onChange={(e) => set({ startMonth: e.target.value })}>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {monthName(i + 1)}
                {i === 0 ? ' (calendar year)' : ''}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}

function MultiSelect({ label, options, value, onChange }: { label: string; options: { id: string; label: string }[]; value: string[]; onChange(v: string[]): void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} multiple size={Math.min(6, options.length)} value={value} onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** The fields of one requirement; `n` numbers it in every label so each field has a unique name. */
export function RequirementFields({ r, n, catalogue, onChange, onRemove }: { r: RequirementModel; n: number; catalogue: Catalogue; onChange(r: RequirementModel): void; onRemove(): void }) {
  const id = useId();
  const label = `Requirement ${n}`;
  const set = (patch: Partial<RequirementModel>) => onChange({ ...r, ...patch });
  return (
    <fieldset data-testid="requirement-fields">
      <legend>
        {label}: {kindLabels[r.kind]}
      </legend>
      {r.kind === 'hours' ? (
        <>
          <label htmlFor={`${id}-label`}>{label}: name</label>
          <input id={`${id}-label`} value={r.label} placeholder="e.g. Annual in-service hours" onChange={(e) => set({ label: e.target.value })} />
          <label htmlFor={`${id}-hours`}>{label}: hours needed</label>
          <input id={`${id}-hours`} inputMode="decimal" size={6} value={r.hours} onChange={(e) => set({ hours: e.target.value })} />
          <CycleFields r={r} set={set} label={label} />
          <label htmlFor={`${id}-count`}>{label}: count</label>
          <select id={`${id}-count`} value={r.count} onChange={(e) => set({ count: e.target.value as RequirementModel['count'] })}>
            <option value="clock">clock hours</option>
            <option value="credit">credit hours (clock hours where no credit is recorded)</option>
          </select>
          <MultiSelect label={`${label}: only these program families (none = all)`} options={catalogue.families.map((f) => ({ id: f.id, label: f.label }))} value={r.families} onChange={(families) => set({ families })} />
          <MultiSelect label={`${label}: only these topics (none = all)`} options={catalogue.vocabularies.topics} value={r.topics} onChange={(topics) => set({ topics })} />
          <MultiSelect label={`${label}: only these audiences (none = all)`} options={catalogue.vocabularies.audiences} value={r.audiences} onChange={(audiences) => set({ audiences })} />
        </>
      ) : (
        <>
          <TrainingChooser value={r.trainings} onChange={(trainings) => set({ trainings })} catalogue={catalogue} label={label} />
          {r.kind === 'recurring' ? (
            <>
              <CycleFields r={r} set={set} label={label} />
              <label htmlFor={`${id}-grace`}>{label}: grace days after each deadline</label>
              <input id={`${id}-grace`} inputMode="numeric" size={4} value={r.graceDays} onChange={(e) => set({ graceDays: e.target.value })} />
            </>
          ) : null}
        </>
      )}
      <label htmlFor={`${id}-new`}>{label}: months a new member has from joining (blank = due at once)</label>
      <input id={`${id}-new`} inputMode="numeric" size={4} value={r.newMemberMonths} onChange={(e) => set({ newMemberMonths: e.target.value })} />
      <p>
        <button type="button" className="link-button link-button--danger" onClick={onRemove}>
          Remove requirement {n}
        </button>
      </p>
    </fieldset>
  );
}
