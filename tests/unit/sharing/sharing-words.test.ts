import { describe, expect, it } from 'vitest';
import { describePending, describeProblem, describeSyncState } from '../../../renderer/features/sharing/status-words';
import { keepLabel, versionAuthor } from '../../../renderer/features/sharing/conflict-words';
import type { SyncStatus } from '../../../shared/model/sync-status';

const connected: SyncStatus = {
  state: 'up-to-date',
  coordinatorName: 'Dana Reyes',
  serverUrl: 'https://records.example.gov/tf',
  user: 'dana',
  lastSyncedAt: '2026-12-01T21:04:00Z',
  pendingChanges: 0,
  error: null,
  errorKind: null,
  conflicts: 0,
  setAside: 0,
  dataEpoch: 'e1',
  conflictsVersion: 0,
};

describe('the sharing status in words', () => {
  it('says where sharing stands and when it last synced, in the given time zone', () => {
    expect(describeSyncState(connected, 'America/Chicago')).toBe('Up to date. Last synced Dec 1, 2026, 3:04 PM.');
    expect(describeSyncState({ ...connected, state: 'offline', lastSyncedAt: null }, 'UTC')).toBe('The server cannot be reached; trying again from time to time. Not synced yet.');
    expect(describeSyncState({ ...connected, state: 'error' }, 'UTC')).toBe('Sharing with the server has stopped. Last synced Dec 1, 2026, 9:04 PM.');
    expect(describeSyncState({ ...connected, state: 'idle', serverUrl: null })).toBe('Not connected to a server.');
  });

  it('counts the changes not yet on the server, and says nothing when all were sent or there is no server', () => {
    expect(describePending(connected)).toBeNull();
    expect(describePending({ ...connected, pendingChanges: 1 })).toBe('1 change made here is not yet on the server.');
    expect(describePending({ ...connected, pendingChanges: 1200 })).toBe('1,200 changes made here are not yet on the server.');
    expect(describePending({ ...connected, serverUrl: null, pendingChanges: 4 })).toBeNull();
  });

  it('adds to each problem what it means for the coordinator’s changes', () => {
    expect(describeProblem(connected)).toBeNull();
    expect(describeProblem({ errorKind: 'wrong-password', error: 'The server did not accept the user name or password' })).toBe(
      'The server did not accept the user name or password. Check your user name and password with whoever runs the server, then connect again.',
    );
    expect(describeProblem({ errorKind: 'unreachable', error: 'The server cannot be reached.' })).toMatch(/^The server cannot be reached\. Your changes are kept/);
    expect(describeProblem({ errorKind: 'certificate', error: 'x' })).toMatch(/certificate could not be trusted/);
    expect(describeProblem({ errorKind: 'refused', error: 'x' })).toMatch(/Nothing was lost/);
    expect(describeProblem({ errorKind: 'no-access', error: 'x' })).toMatch(/not allowed to use this database/);
    expect(describeProblem({ errorKind: null, error: 'Something odd' })).toBe('Something odd. Your changes are kept on this computer.');
  });
});

describe('the words of a conflict', () => {
  const sam = { rev: '2-aa', deleted: false, updatedBy: 'Sam Lee', updatedAt: '2026-12-01T21:04:00Z' };
  const dana = { rev: '2-bb', deleted: false, updatedBy: 'Dana Reyes', updatedAt: '2026-12-01T21:05:00Z' };

  it('names who made a version and when', () => {
    expect(versionAuthor(sam, 'UTC')).toBe('Sam Lee, Dec 1, 2026, 9:04 PM');
    expect(versionAuthor({ updatedBy: null, updatedAt: null })).toBe('A coordinator without a name');
  });

  it('names a Keep button by coordinator, and by time too when one coordinator made two versions', () => {
    expect(keepLabel(sam, [sam, dana], 'UTC')).toBe('Keep the version by Sam Lee');
    const samAgain = { ...dana, updatedBy: 'Sam Lee' };
    expect(keepLabel(samAgain, [sam, samAgain], 'UTC')).toBe('Keep the version by Sam Lee, Dec 1, 2026, 9:05 PM');
    expect(keepLabel({ ...dana, deleted: true }, [sam, dana], 'UTC')).toBe('Keep it deleted (by Dana Reyes)');
  });
});
