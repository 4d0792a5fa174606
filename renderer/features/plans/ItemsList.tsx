import type { PlanItem } from '../../../shared/model/plan';
import { resolveTrainingRef } from '../../../shared/model/training-ref';
import type { PlanItemView, PlanView } from '../../../shared/plans/plan-view';
import { notifyError } from '../../app/notice-store';
import { ReorderableList } from '../../components/ReorderableList';
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
  // Render from plan.items, which a save updates at once; progress (itemView) follows from the saved view.
  const views = new Map(view.items.map((v) => [v.item.id, v]));
  const viewOf = (item: PlanItem): PlanItemView => views.get(item.id) ?? pendingView(item, loaded);

  function update(item: PlanItem) {
    void updateItem(plan, item).catch(notifyError);
  }

  function remove(index: number) {
    void removeItem(plan, index, viewOf(plan.items[index]!).title).catch(notifyError);
  }

  if (plan.items.length === 0) return <p className="empty">No items yet. Add a training from the catalogue below, or open any training page and choose “Add to plan”.</p>;

  return (
    <ReorderableList
      items={plan.items}
      keyOf={(item) => item.id}
      titleOf={(item) => viewOf(item).title}
      onMove={(from, to) => void moveItemTo(plan, from, to).catch(notifyError)}
      helpId="reorder-help"
      help="To reorder, drag an item by its handle, or focus the handle and press Alt+Up or Alt+Down."
      testId="plan-item"
      heading={(item) => {
        const itemView = viewOf(item);
        return {
          title: (
            <>
              {itemView.title}
              {itemView.retired ? <span className="badge">Retired</span> : null}
              {itemView.custom ? <span className="badge">Custom</span> : null}
            </>
          ),
          under: itemView.providerName ? <p className="muted">{itemView.providerName}</p> : null,
        };
      }}
      actions={(item, index) => (
        <button type="button" className="button" onClick={() => remove(index)} aria-label={`Remove ${viewOf(item).title} from the plan`}>
          Remove
        </button>
      )}
      body={(item) => <ItemEditor view={view} item={item} itemView={viewOf(item)} onChange={update} />}
    />
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
