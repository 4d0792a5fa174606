import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Link } from 'react-router';
import type { QueryResult } from '../../../shared/catalogue/catalogue-index';
import type { Labels } from '../../../shared/catalogue/labels';
import { Highlighted } from './Highlighted';
import { detailPath } from './detail-path';
import { targetRow } from '../../components/list-navigation';

interface Props {
  result: QueryResult;
  labels: Labels;
  /** Keeps the list's place when the view changes, so the first result is the start again. */
  resetKey: string;
}

const statusNote: Record<string, string> = {
  historical: 'Historical',
  'in-development': 'In development',
  unverified: 'Unverified',
};

/**
 * Virtualised: only the rows in view exist in the DOM, so 50,000 results scroll
 * smoothly. Arrow keys move between results (roving focus), Enter opens one.
 */
export function ResultsList({ result, labels, resetKey }: Props) {
  const total = result.order.length;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // Index whose link should take focus once the virtualiser has rendered it.
  const pendingFocus = useRef<number | null>(null);
  // Adjusting state during render (not in an effect) when the view changes, as React recommends.
  const [seenKey, setSeenKey] = useState(resetKey);
  if (seenKey !== resetKey) {
    setSeenKey(resetKey);
    setActive(0);
  }
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 104,
    overscan: 8,
  });

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  function move(next: number) {
    setActive(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / 104));
    const target = targetRow(e, active, total, page);
    if (target === null) return;
    e.preventDefault();
    move(target);
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scrollRef} className="results" onKeyDown={onKeyDown} data-testid="results">
      <ul className="results__inner" aria-label="Results" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const doc = result.docs[result.order[item.index]!]!;
          return (
            <li
              key={doc.id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="result"
              aria-setsize={total}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <Link
                ref={(el) => {
                  if (el && pendingFocus.current === item.index) {
                    pendingFocus.current = null;
                    el.focus();
                  }
                }}
                to={detailPath(doc.tab, doc.id)}
                tabIndex={item.index === active ? 0 : -1} onFocus={() => setActive(item.index)} className="result__link">
                <span className="result__title">
                  <Highlighted text={doc.title} terms={result.terms} />
                </span>
                {doc.facets.status?.[0] && statusNote[doc.facets.status[0]] ? (
                  <span className={`badge badge--${doc.facets.status[0]}`}>{statusNote[doc.facets.status[0]]}</span>
                ) : null}
              </Link>
              <div className="result__byline">
                <Highlighted text={doc.byline} terms={result.terms} />
                {doc.facets.family?.length ? <span className="result__families"> · {doc.facets.family.map((f) => labels.value('family', f)).join(', ')}</span> : null}
              </div>
              <p className="result__description">
                <Highlighted text={doc.description} terms={result.terms} />
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
