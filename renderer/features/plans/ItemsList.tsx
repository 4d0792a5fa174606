import { useRef, useState, type KeyboardEvent } from 'react';
import type { PlanItem } from '../../../shared/model/plan';
import { resolveTrainingRef } from '../../../shared/model/training-ref';
import type { PlanItemView, PlanView } from '../../../shared/plans/plan-view';
import { notifyError } from '../../app/notice-store';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { trainingLookupFor } from '../catalogue/catalogue-store';
import { ItemEditor } from './ItemEditor';
import { moveItemTo, removeItem, updateItem } from './plans-actions';

/**
 * The plan's items in order. Reorder by dragging an item, with Alt+Arrow keys on its
 * handle, or with the Move buttons; each move is announced in a live region.
 */
export function ItemsList({ view, loaded }: { view: PlanView; loaded: LoadedCatalogue }) {
  const [announcement, setAnnouncement] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const { plan } = view;
  const count = plan.items.length;
  // Render from plan.items, which a save updates at once; progress (itemView) follows from the saved view.
  const views = new Map(view.items.map((v) => [v.item.id, v]));
  const viewOf = (item: PlanItem): PlanItemView => views.get(item.id) ?? pendingView(item, loaded);

  function move(from: number, to: number) {
    if (to < 0 || to >= count || from === to) return;
    const moved = plan.items[from]!;
    const title = viewOf(moved).title;
    void moveItemTo(plan, from, to).catch(notifyError);
    setAnnouncement(`Moved “${title}” to position ${to + 1} of ${count}.`);
    // Keep focus on the moved item so repeated key presses keep moving it.
    requestAnimationFrame(() => handles.current.get(moved.id)?.focus());
  }

  function onHandleKey(e: KeyboardEvent, index: number) {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1);
  }

  function update(item: PlanItem) {
    void updateItem(plan, item).catch(notifyError);
  }

  function remove(index: number) {
    void removeItem(plan, index, viewOf(plan.items[index]!).title).catch(notifyError);
  }

  if (count === 0) return <p className="empty">No items yet. Add a training from the catalogue below, or open any training page and choose “Add to plan”.</p>;

  return (
    <>
      <p className="muted" id="reorder-help">
        To reorder, drag an item by its handle, or focus the handle and press Alt+Up or Alt+Down.
      </p>
      <ol className="plan-items">
        {plan.items.map((item, index) => {
          const itemView = viewOf(item);
          return (
            <li
              key={item.id}
              className={`plan-item${dragFrom === index ? ' plan-item--dragging' : ''}${dropAt === index && dragFrom !== index ? ' plan-item--drop' : ''}`}
              draggable
              data-testid="plan-item"
              onDragStart={(e) => {
                setDragFrom(index);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', item.id);
              }}
              onDragOver={(e) => {
                if (dragFrom === null) return;
                e.preventDefault();
                setDropAt(index);
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== null) move(dragFrom, index);
                setDragFrom(null);
                setDropAt(null);
              }}
              onDragEnd={() => {
                setDragFrom(null);
                setDropAt(null);
              }}
            >
              <div className="plan-item__head">
                <button
                  type="button"
                  className="drag-handle"
                  ref={(el) => {
                    if (el) handles.current.set(item.id, el);
                    else handles.current.delete(item.id);
                  }}
                  aria-label={`Reorder ${itemView.title}, position ${index + 1} of ${count}`}
                  aria-describedby="reorder-help"
                  onKeyDown={(e) => onHandleKey(e, index)}
                >
                  <span aria-hidden="true">⠿</span>
                </button>
                <div className="plan-item__title">
                  <h3>
                    <span className="plan-item__no">{index + 1}.</span> {itemView.title}
                    {itemView.retired ? <span className="badge">Retired</span> : null}
                    {itemView.custom ? <span className="badge">Custom</span> : null}
                  </h3>
                  {itemView.providerName ? <p className="muted">{itemView.providerName}</p> : null}
                </div>
                <div className="plan-item__actions">
                  <button type="button" className="button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`Move ${itemView.title} up`}>
                    ↑
                  </button>
                  <button type="button" className="button" onClick={() => move(index, index + 1)} disabled={index === count - 1} aria-label={`Move ${itemView.title} down`}>
                    ↓
                  </button>
                  <button type="button" className="button" onClick={() => remove(index)} aria-label={`Remove ${itemView.title} from the plan`}>
                    Remove
                  </button>
                </div>
              </div>
              <ItemEditor view={view} item={item} itemView={itemView} onChange={update} />
            </li>
          );
        })}
      </ol>
      <div className="visually-hidden" aria-live="assertive" data-testid="reorder-announcement">
        {announcement}
      </div>
    </>
  );
}

/** An item just changed, before the saved view with its progress arrives. */
function pendingView(item: PlanItem, loaded: LoadedCatalogue): PlanItemView {
  const { title, providerName, retired, custom } = resolveTrainingRef(item, trainingLookupFor(loaded.catalogue));
  return {
    item,
    title,
    providerName,
    retired,
    custom,
    dueDate: item.targetDate ?? '',
    counted: item.status !== 'cancelled',
    assignments: [],
    counts: { done: 0, planned: 0, overdue: 0, total: 0 },
  };
}
