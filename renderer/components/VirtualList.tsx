import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { targetRow } from './list-navigation';
import { useAfterPaint } from './use-after-paint';
import { useVirtualizer } from '@tanstack/react-virtual';
import { FIRST_FRAME_HEIGHT } from '../../shared/first-screen';

/** Props for the one focusable element of each row (roving tab stop). */
export interface RowFocusProps {
  tabIndex: number;
  onFocus(): void;
  ref: Ref<HTMLAnchorElement>;
}

interface Props<T> {
  /** An array, or a typed array such as the catalogue's result positions. */
  items: ArrayLike<T>;
  itemKey(item: T): string;
  /** Row height in pixels before measuring. */
  estimate: number;
  label: string;
  renderRow(item: T, focus: RowFocusProps): ReactNode;
  className?: string;
  testId?: string;
  /** When it changes (a new search or filter), the list goes back to its first row. */
  resetKey?: string;
}

/**
 * A long list where only the visible rows exist in the DOM, so 100,000 records scroll
 * smoothly. The list is one Tab stop; arrow keys, Page Up/Down, Home and End move
 * between rows, and Enter opens the focused one.
 */
export function VirtualList<T>({ items, itemKey, estimate, label, renderRow, className, testId, resetKey }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // Adjusting state during render (not in an effect) when the view changes, as React recommends.
  const [seenKey, setSeenKey] = useState(resetKey);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setActive(0);
  }
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);
  const pendingFocus = useRef<number | null>(null);
  const current = Math.min(active, Math.max(0, items.length - 1));
  // Rows beyond the visible ones are only for scrolling: none in the first paint, four after.
  // Until then the rows also stack in normal flow (vlist__row--flow), where they sit exactly where
  // their measured offsets will put them: measuring them during React's commit forced a layout
  // and a second, synchronous render before the browser could paint the first results.
  const painted = useAfterPaint();
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan: painted ? 4 : 0,
    // Sized for a tall window until measured, so the first render already has its rows and the
    // page is laid out once, not once empty and again with rows (~15 ms at start-up). A fixed
    // height, not the window's: the pre-rendered first screen must have the same rows.
    initialRect: { width: 0, height: FIRST_FRAME_HEIGHT },
    getItemKey: (i) => itemKey(items[i]!),
    // TanStack's default rounds each row to whole pixels, so a row sat up to half a pixel per row
    // above it away from where it is in flow, as in the first frame. Unrounded, the two agree.
    // A row measured before (scrolled back into view) keeps its size without a forced layout.
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize[0];
      if (box) return box.blockSize;
      const known = entry ? undefined : instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element)));
      return known ?? element.getBoundingClientRect().height;
    },
  });

  function move(next: number) {
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / estimate));
    const target = targetRow(e, current, items.length, page);
    if (target === null) return;
    e.preventDefault();
    move(target);
  }

  return (
    <div ref={scrollRef} className={`vlist ${className ?? ''}`} onKeyDown={onKeyDown} data-testid={testId}>
      <ul className="vlist__inner" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={painted ? virtualizer.measureElement : undefined}
              className={painted ? 'vlist__row' : 'vlist__row vlist__row--flow'}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              style={painted ? { transform: `translateY(${row.start}px)` } : undefined}
            >
              {renderRow(item, {
                tabIndex: row.index === current ? 0 : -1,
                onFocus: () => setActive(row.index),
                ref: (el: HTMLAnchorElement | null) => {
                  if (el && pendingFocus.current === row.index) {
                    pendingFocus.current = null;
                    el.focus();
                  }
                },
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
