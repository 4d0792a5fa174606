import type { ReactNode } from 'react';
import { useReorder } from './use-reorder';

/**
 * An ordered list whose entries move by drag, by Alt+Up / Alt+Down on their handle, or by the
 * ↑ ↓ buttons, each move announced: plan items and curriculum modules. Each entry brings its
 * title line, extra actions and body; the list does the handle, numbering, moves and live region.
 */
export function ReorderableList<T>({
  items,
  keyOf,
  titleOf,
  onMove,
  helpId,
  help,
  testId,
  heading,
  actions,
  body,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  titleOf: (item: T) => string;
  onMove: (from: number, to: number) => void;
  /** The id of the help line the handles point at, and the line itself. */
  helpId: string;
  help: string;
  testId: string;
  /** What follows the number in the entry's heading (badges too), and any line under it. */
  heading: (item: T, index: number) => { title: ReactNode; under?: ReactNode };
  /** Buttons after ↑ ↓ (Edit, Remove…). */
  actions: (item: T, index: number) => ReactNode;
  body: (item: T, index: number) => ReactNode;
}) {
  const reorder = useReorder({ items, keyOf, titleOf, onMove, helpId });
  const count = items.length;
  return (
    <>
      <p className="muted" id={helpId}>
        {help}
      </p>
      <ol className="plan-items">
        {items.map((item, index) => {
          const title = titleOf(item);
          const head = heading(item, index);
          return (
            <li
              key={keyOf(item)}
              className={`plan-item${reorder.isDragging(index) ? ' plan-item--dragging' : ''}${reorder.isDropTarget(index) ? ' plan-item--drop' : ''}`}
              data-testid={testId}
              {...reorder.itemProps(index)}
            >
              <div className="plan-item__head">
                <button type="button" className="drag-handle" {...reorder.handleProps(index)}>
                  <span aria-hidden="true">⠿</span>
                </button>
                <div className="plan-item__title">
                  <h3>
                    <span className="plan-item__no">{index + 1}.</span> {head.title}
                  </h3>
                  {head.under}
                </div>
                <div className="plan-item__actions">
                  <button type="button" className="button" onClick={() => reorder.move(index, index - 1)} disabled={index === 0} aria-label={`Move ${title} up`}>
                    ↑
                  </button>
                  <button type="button" className="button" onClick={() => reorder.move(index, index + 1)} disabled={index === count - 1} aria-label={`Move ${title} down`}>
                    ↓
                  </button>
                  {actions(item, index)}
                </div>
              </div>
              {body(item, index)}
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
