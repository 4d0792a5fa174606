import { useState } from 'react';
import type { Curriculum } from '../../../shared/model/curriculum';
import { methodLabels } from '../../../shared/curricula/agenda';
import { formatMinutes } from '../../../shared/curricula/curriculum-length';
import { notifyError } from '../../app/notice-store';
import { useReorder } from '../../components/use-reorder';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { moveModule, removeModule, updateModule } from './curricula-actions';
import { ModuleForm } from './ModuleForm';

/**
 * The modules in order. Reorder by dragging a module, with Alt+Arrow keys on its handle,
 * or with the Move buttons (the same building block as plan items); each move is announced.
 */
export function ModulesList({ curriculum, loaded }: { curriculum: Curriculum; loaded: LoadedCatalogue }) {
  const [editing, setEditing] = useState<string | null>(null);
  const { modules } = curriculum;
  const count = modules.length;
  const reorder = useReorder({
    items: modules,
    keyOf: (m) => m.id,
    titleOf: (m) => m.title,
    onMove: (from, to) => void moveModule(curriculum, from, to).catch(notifyError),
    helpId: 'module-reorder-help',
  });

  if (count === 0) return <p className="empty">No modules yet. Add the first one below.</p>;

  return (
    <>
      <p className="muted" id="module-reorder-help">
        To reorder, drag a module by its handle, or focus the handle and press Alt+Up or Alt+Down.
      </p>
      <ol className="plan-items">
        {modules.map((m, index) => (
          <li
            key={m.id}
            className={`plan-item${reorder.isDragging(index) ? ' plan-item--dragging' : ''}${reorder.isDropTarget(index) ? ' plan-item--drop' : ''}`}
            data-testid="curriculum-module"
            {...reorder.itemProps(index)}
          >
            <div className="plan-item__head">
              <button type="button" className="drag-handle" {...reorder.handleProps(index)}>
                <span aria-hidden="true">⠿</span>
              </button>
              <div className="plan-item__title">
                <h3>
                  <span className="plan-item__no">{index + 1}.</span> {m.title}
                </h3>
                <p className="muted">
                  {formatMinutes(m.minutes)} · {methodLabels[m.method]}
                  {m.presenter ? ` · ${m.presenter}` : ''}
                  {m.materials.length > 0 ? ` · ${m.materials.length === 1 ? '1 material' : `${m.materials.length} materials`}` : ''}
                </p>
              </div>
              <div className="plan-item__actions">
                <button type="button" className="button" onClick={() => reorder.move(index, index - 1)} disabled={index === 0} aria-label={`Move ${m.title} up`}>
                  ↑
                </button>
                <button type="button" className="button" onClick={() => reorder.move(index, index + 1)} disabled={index === count - 1} aria-label={`Move ${m.title} down`}>
                  ↓
                </button>
                <button type="button" className="button" onClick={() => setEditing(editing === m.id ? null : m.id)} aria-expanded={editing === m.id} aria-label={`Edit ${m.title}`}>
                  Edit
                </button>
                <button type="button" className="button" onClick={() => void removeModule(curriculum, m.id).catch(notifyError)} aria-label={`Remove ${m.title}`}>
                  Remove
                </button>
              </div>
            </div>
            {editing === m.id ? (
              <ModuleForm
                initial={m}
                loaded={loaded}
                submitLabel="Save module"
                onCancel={() => setEditing(null)}
                onSubmit={async (fields) => {
                  await updateModule(curriculum, m.id, fields);
                  setEditing(null);
                }}
              />
            ) : m.objectives ? (
              <p className="module-objectives">{m.objectives}</p>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="visually-hidden" aria-live="assertive" data-testid="reorder-announcement">
        {reorder.announcement}
      </div>
    </>
  );
}
