import type { KeyboardEvent } from 'react';

/**
 * Where a key moves the focus in a list of `total` rows (Arrow, Page, Home/End), or null
 * for keys the list does not handle. Shared by the virtualised catalogue and team lists.
 */
export function targetRow(e: KeyboardEvent, current: number, total: number, pageSize: number): number | null {
  if (e.altKey || e.ctrlKey || e.metaKey || total === 0) return null;
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    PageDown: current + pageSize,
    PageUp: current - pageSize,
    Home: 0,
    End: total - 1,
  };
  const to = moves[e.key];
  return to === undefined ? null : Math.max(0, Math.min(total - 1, to));
}
