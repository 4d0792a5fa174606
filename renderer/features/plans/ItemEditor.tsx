import { useState } from 'react';
import type { PlanItem, PlanItemStatus, PlanPriority } from '../../../shared/model/plan';
import { itemStatusLabels, priorityLabels, stateLabels } from '../../../shared/plans/labels';
import type { PlanItemView, PlanView } from '../../../shared/plans/plan-view';
import { Field } from '../../components/Field';

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
      <div className="form__grid">
        <Field id={`${base}-date`} label="Target date">
          {(aria) => (
            <input
              {...aria}
              type="date"
              defaultValue={item.targetDate ?? ''}
              min={view.plan.period.start}
              onBlur={(e) => {
                const value = e.target.value;
                if (value !== (item.targetDate ?? '')) onChange(value ? { ...item, targetDate: value } : { ...item, targetDate: undefined });
              }}
            />
          )}
        </Field>
        <Field id={`${base}-priority`} label="Priority">
          {(aria) => (
            <select {...aria} value={item.priority} onChange={(e) => onChange({ ...item, priority: e.target.value as PlanPriority })}>
              {Object.entries(priorityLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${base}-status`} label="Status">
          {(aria) => (
            <select {...aria} value={item.status} onChange={(e) => onChange({ ...item, status: e.target.value as PlanItemStatus })}>
              {Object.entries(itemStatusLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <details className="plan-assign">
        <summary>
          Assign people ({assigned.length} assigned{assigned.length > 0 ? `: ${assigned.map((a) => a.name).join(', ')}` : ''})
        </summary>
        {view.roster.length === 0 ? (
          <p className="muted">Add team members on the Team screen to assign them.</p>
        ) : (
          <fieldset className="checks checks--plain">
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
      <Field id={`${base}-notes`} label="Notes">
        {(aria) => <textarea {...aria} rows={1} value={notes} maxLength={2000} onChange={(e) => setNotes(e.target.value)} onBlur={() => notes !== item.notes && onChange({ ...item, notes })} />}
      </Field>
    </div>
  );
}
