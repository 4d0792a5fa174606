import type { SyncErrorKind, SyncStatus } from '../../../shared/model/sync-status';
import { formatMoment } from '../../../shared/util/dates';
import { plural } from '../../components/format-count';

/** What each kind of problem means for the coordinator, after the engine's own words. */
const problemAdvice: Record<SyncErrorKind, string> = {
  unreachable: 'Your changes are kept on this computer and sent when the server can be reached again.',
  'wrong-password': 'Check your user name and password with whoever runs the server, then connect again.',
  'no-access': 'Your user name is not allowed to use this database: ask whoever runs the server to add you.',
  certificate: 'The server’s security certificate could not be trusted, so nothing was sent. Ask whoever runs the server to fix it.',
  refused: 'Nothing was lost: the change stays on this computer.',
  other: 'Your changes are kept on this computer.',
};

/** One sentence for where sharing with the server stands ("Up to date. Last synced Dec 1, 2026, 3:04 PM."). */
export function describeSyncState(status: SyncStatus, timeZone?: string): string {
  const last = status.lastSyncedAt ? ` Last synced ${formatMoment(status.lastSyncedAt, timeZone)}.` : ' Not synced yet.';
  switch (status.state) {
    case 'not-set-up':
    case 'idle':
      return 'Not connected to a server.';
    case 'connecting':
      return `Connecting…${last}`;
    case 'syncing':
      return `Exchanging changes with the server…${last}`;
    case 'up-to-date':
      return `Up to date.${last}`;
    case 'offline':
      return `The server cannot be reached; trying again from time to time.${last}`;
    case 'error':
      return `Sharing with the server has stopped.${last}`;
  }
}

/** "3 changes made here are not yet on the server.", or null when everything was sent. */
export function describePending(status: SyncStatus): string | null {
  if (status.serverUrl === null || status.pendingChanges === 0) return null;
  return `${plural(status.pendingChanges, 'change')} made here ${status.pendingChanges === 1 ? 'is' : 'are'} not yet on the server.`;
}

/** The problem in words, with what it means for the coordinator's changes; null when nothing is wrong. */
export function describeProblem(status: Pick<SyncStatus, 'error' | 'errorKind'>): string | null {
  if (status.error === null) return null;
  const words = status.error.trim().replace(/([^.!?])$/, '$1.');
  return `${words} ${problemAdvice[status.errorKind ?? 'other']}`;
}
