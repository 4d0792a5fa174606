import { useState } from 'react';
import type { PlanItem, PlanItemStatus, PlanPriority } from '../../../shared/model/plan';
import { itemStatusLabels, priorityLabels, stateLabels } from '../../../shared/plans/labels';
import type { PlanItemView, PlanView } from '../../../shared/plans/plan-view';

/** The editable fields of one item; every change is saved as the user makes it. */
export function ItemEditor({ view, item, itemView, onChange }: { view: PlanView; item: PlanItem; itemView: PlanItemView; onChange: (item: PlanItem) => void }) {
  const base = `item-${item.id}`;
  const [notes, setNotes] = useState(item.notes);
  const names = new Map(view.roster.map((m) => [m.id, m.name]));
  const assigned = item.assigneeIds.map((id) => ({ id, name: names.get(id) ?? 'Removed member' }));
  const toggle = (id: string, on: boolean) => onChange({ ...item, assigneeIds: on ? [...item.assigneeIds, id] : item.assigneeIds.filter((a) => a !== id) });

  return (
    <div className="item-editor">
      <div className="item-editor__progress">
        {itemView.assignments.length === 0 ? (
          <span className="muted">Nobody assigned yet.</span>
        ) : (
          <ul className="plan-assignments" aria-label={`Progress on ${itemView.title}`}>
            {itemView.assignments.map((a) => (
              <li key={a.memberId}>
                {names.get(a.memberId) ?? 'Removed member'}:{' '}
                <span className={`plan-state plan-state--${itemView.counted ? a.state : 'cancelled'}`}>{itemView.counted ? stateLabels[a.state] : 'Cancelled'}</span>
                {a.completedOn ? <span className="muted"> ({a.completedOn})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="plan-field-row">
        <div className="plan-field">
          <label htmlFor={`${base}-date`}>Target date</label>
          <input
            id={`${base}-date`}
            type="date"
            defaultValue={item.targetDate ?? ''}
            min={view.plan.period.start}
            onBlur={(e) => {
              const value = e.target.value;
              if (value !== (item.targetDate ?? '')) onChange(value ? { ...item, targetDate: value } : { ...item, targetDate: undefined });
            }}
          />
        </div>
        <div className="plan-field">
          <label htmlFor={`${base}-priority`}>Priority</label>
          <select id={`${base}-priority`} value={item.priority} onChange={(e) => onChange({ ...item, priority: e.target.value as PlanPriority })}>
            {Object.entries(priorityLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-field">
          <label htmlFor={`${base}-status`}>Status</label>
          <select id={`${base}-status`} value={item.status} onChange={(e) => onChange({ ...item, status: e.target.value as PlanItemStatus })}>
            {Object.entries(itemStatusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="plan-assign">
        <summary>
          Assign people ({assigned.length} assigned{assigned.length > 0 ? `: ${assigned.map((a) => a.name).join(', ')}` : ''})
        </summary>
        {view.roster.length === 0 ? (
          <p className="muted">Add team members on the Team screen to assign them.</p>
        ) : (
          <fieldset className="plan-checks">
            <legend className="visually-hidden">People assigned to {itemView.title}</legend>
            {view.roster.map((m) => (
              <label key={m.id}>
                <input type="checkbox" checked={item.assigneeIds.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
                {m.name}
                {m.active ? '' : ' (inactive)'}
              </label>
            ))}
          </fieldset>
        )}
      </details>
      <div className="plan-field">
        <label htmlFor={`${base}-notes`}>Notes</label>
        <textarea id={`${base}-notes`} rows={1} value={notes} maxLength={2000} onChange={(e) => setNotes(e.target.value)} onBlur={() => notes !== item.notes && onChange({ ...item, notes })} />
      </div>
    </div>
  );
}
