import type { ReactNode } from 'react';

/**
 * A list screen's body (plans, curricula, deliveries): why it could not be loaded, a loading
 * line, the words for an empty list, or the list itself.
 */
export function ListState<T>({ items, error, what, empty, children }: { items: readonly T[] | null; error: string | null; what: string; empty: ReactNode; children: (items: readonly T[]) => ReactNode }) {
  if (error) {
    return (
      <p className="banner banner--error" role="alert">
        The {what} could not be loaded: {error}
      </p>
    );
  }
  if (items === null) return <p aria-busy="true">Loading {what}…</p>;
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return <>{children(items)}</>;
}
