import { useMemo, useState } from 'react';
import type { Member } from '../../../shared/model/team';
import { normaliseText } from '../../../shared/team/matching';
import { plural } from '../../components/format-count';

interface Props {
  id: string;
  members: readonly Member[];
  selected: readonly string[];
  onChange(ids: string[]): void;
  error?: string | undefined;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Choose one or several members: a filter box, checkboxes, and select-all for what is shown. */
export function MemberPicker({ id, members, selected, onChange, error }: Props) {
  const [filter, setFilter] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const sorted = useMemo(() => [...members].sort((a, b) => collator.compare(a.name, b.name)), [members]);
  const shown = useMemo(() => {
    const needle = normaliseText(filter);
    return sorted.filter((m) => (showInactive || m.active || chosen.has(m.id)) && (needle === '' || normaliseText(`${m.name} ${m.role} ${m.agency}`).includes(needle)));
  }, [sorted, filter, showInactive, chosen]);

  const toggle = (memberId: string, on: boolean) => onChange(on ? [...selected, memberId] : selected.filter((x) => x !== memberId));

  return (
    <fieldset className={`checks member-picker${error ? ' field--invalid' : ''}`} id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        Members <span className="field__required">(required)</span>
      </legend>
      <div className="filters">
        <label className="field field--inline">
          <span>Filter members</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Name, role or agency" />
        </label>
        <label className="check">
          <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)} />
          Show inactive members
        </label>
      </div>
      <div className="member-picker__tools">
        <span aria-live="polite">{plural(selected.length, 'member')} selected</span>
        <button type="button" className="link-button" onClick={() => onChange([...new Set([...selected, ...shown.map((m) => m.id)])])} disabled={shown.length === 0}>
          Select all shown ({shown.length})
        </button>
        <button type="button" className="link-button" onClick={() => onChange([])} disabled={selected.length === 0}>
          Clear selection
        </button>
      </div>
      {members.length === 0 ? <p className="muted">The team has no members yet. Add members first.</p> : null}
      <ul className="checks__list member-picker__list">
        {shown.map((m) => (
          <li key={m.id}>
            <label>
              <input type="checkbox" checked={chosen.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
              {m.name}
              {m.role || m.agency ? <span className="muted"> · {[m.role, m.agency].filter(Boolean).join(', ')}</span> : null}
              {m.active ? null : <span className="muted"> (inactive)</span>}
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
