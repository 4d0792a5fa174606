import type { PlanItem } from '../../../shared/model/plan';
import { resolveTrainingRef } from '../../../shared/model/training-ref';
import type { PlanItemView, PlanView } from '../../../shared/plans/plan-view';
import { notifyError } from '../../app/notice-store';
import { useReorder } from '../../components/use-reorder';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { trainingLookupFor } from '../catalogue/catalogue-store';
import { ItemEditor } from './ItemEditor';
import { moveItemTo, removeItem, updateItem } from './plans-actions';

/**
 * The plan's items in order. Reorder by dragging an item, with Alt+Arrow keys on its
 * handle, or with the Move buttons; each move is announced in a live region.
 */
export function ItemsList({ view, loaded }: { view: PlanView; loaded: LoadedCatalogue }) {
  const { plan } = view;
  const count = plan.items.length;
  // Render from plan.items, which a save updates at once; progress (itemView) follows from the saved view.
  const views = new Map(view.items.map((v) => [v.item.id, v]));
  const viewOf = (item: PlanItem): PlanItemView => views.get(item.id) ?? pendingView(item, loaded);
  const reorder = useReorder({
    items: plan.items,
    keyOf: (item) => item.id,
    titleOf: (item) => viewOf(item).title,
    onMove: (from, to) => void moveItemTo(plan, from, to).catch(notifyError),
    helpId: 'reorder-help',
  });
  const move = reorder.move;

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
              className={`plan-item${reorder.isDragging(index) ? ' plan-item--dragging' : ''}${reorder.isDropTarget(index) ? ' plan-item--drop' : ''}`}
              data-testid="plan-item"
              {...reorder.itemProps(index)}
            >
              <div className="plan-item__head">
                <button type="button" className="drag-handle" {...reorder.handleProps(index)}>
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
        {reorder.announcement}
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
