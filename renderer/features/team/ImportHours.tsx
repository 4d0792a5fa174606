import { useState } from 'react';
import type { TrainingWithoutHours } from '../../../shared/team/import-plan';
import { hoursSchema } from '../../../shared/model/team';
import { plural } from '../../components/format-count';

/**
 * Records without hours are kept and marked "hours not recorded"; here one value
 * can be given for all rows of a training instead.
 */
export function ImportHours({ items, hours, onChange }: { items: TrainingWithoutHours[]; hours: Record<string, number>; onChange(next: Record<string, number>): void }) {
  if (items.length === 0) return null;
  return (
    <fieldset className="fieldset" data-testid="import-hours">
      <legend>Hours</legend>
      <p>
        {plural(
          items.reduce((n, t) => n + t.rows, 0),
          'record',
        )}{' '}
        will be kept with <em>hours not recorded</em>: the file gives no hours and the catalogue states none. Give one value for all rows of a training, or leave it
        empty.
      </p>
      {items.slice(0, 20).map((t, i) => (
        <HoursInput key={t.key} index={i} item={t} onApply={(value) => onChange({ ...hours, [t.key]: value })} />
      ))}
    </fieldset>
  );
}

function HoursInput({ item, index, onApply }: { item: TrainingWithoutHours; index: number; onApply(value: number): void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = `hours-for-${index}`;
  function apply() {
    const parsed = hoursSchema.safeParse(Number(text.trim().replace(',', '.')));
    if (text.trim() === '' || !parsed.success) {
      setError(text.trim() === '' ? 'Enter the hours as a number.' : (parsed.error?.issues[0]?.message ?? 'Enter the hours as a number.'));
      return;
    }
    setError(null);
    onApply(parsed.data);
  }
  return (
    <div className={`field field--inline${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        Hours for all {plural(item.rows, 'row')} of “{item.title}”
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
      />
      <button type="button" className="button" onClick={apply}>
        Use for all rows
      </button>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
