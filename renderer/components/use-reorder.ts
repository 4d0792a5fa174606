import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';

/**
 * Reordering a list by drag and by keyboard, as plan items and curriculum modules do it:
 * drag an item onto another's place, or focus its handle and press Alt+Up / Alt+Down.
 * Focus stays on the moved item's handle so repeated presses keep moving it, and each
 * move is put in `announcement` for a live region.
 */
export function useReorder<T>({
  items,
  keyOf,
  titleOf,
  onMove,
  helpId,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  titleOf: (item: T) => string;
  onMove: (from: number, to: number) => void;
  /** The id of the visible help text the handles point at. */
  helpId: string;
}) {
  const [announcement, setAnnouncement] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const count = items.length;

  function move(from: number, to: number) {
    if (to < 0 || to >= count || from === to) return;
    const moved = items[from]!;
    onMove(from, to);
    setAnnouncement(`Moved “${titleOf(moved)}” to position ${to + 1} of ${count}.`);
    requestAnimationFrame(() => handles.current.get(keyOf(moved))?.focus());
  }

  const clear = () => {
    setDragFrom(null);
    setDropAt(null);
  };

  /** Spread on each list item. */
  function itemProps(index: number) {
    return {
      draggable: true,
      onDragStart: (e: DragEvent) => {
        setDragFrom(index);
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', keyOf(items[index]!));
      },
      onDragOver: (e: DragEvent) => {
        if (dragFrom === null) return;
        e.preventDefault();
        setDropAt(index);
      },
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        if (dragFrom !== null) move(dragFrom, index);
        clear();
      },
      onDragEnd: clear,
    };
  }

  /** Spread on each item's drag handle (a button). */
  function handleProps(index: number) {
    const item = items[index]!;
    return {
      ref: (el: HTMLButtonElement | null) => {
        if (el) handles.current.set(keyOf(item), el);
        else handles.current.delete(keyOf(item));
      },
      'aria-label': `Reorder ${titleOf(item)}, position ${index + 1} of ${count}`,
      'aria-describedby': helpId,
      onKeyDown: (e: KeyboardEvent) => {
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        move(index, e.key === 'ArrowUp' ? index - 1 : index + 1);
      },
    };
  }

  return {
    move,
    itemProps,
    handleProps,
    announcement,
    isDragging: (index: number) => dragFrom === index,
    isDropTarget: (index: number) => dropAt === index && dragFrom !== index,
  };
}
