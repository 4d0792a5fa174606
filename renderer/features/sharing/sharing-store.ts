import { create } from 'zustand';
import type { SetAsideVersion, SyncConflict } from '../../../shared/model/sync-conflict';
import type { SyncStatus } from '../../../shared/model/sync-status';

/**
 * The renderer's copy of the sharing state: the status (polled by SharingWatch while the app
 * is open), the records with concurrent versions and the incoming versions set aside. Only
 * sharing-actions.ts changes it.
 */
interface SharingState {
  status: SyncStatus | null;
  conflicts: SyncConflict[] | null;
  setAside: SetAsideVersion[] | null;
  /** Why the status or the conflicts could not be read. */
  error: string | null;
}

export const useSharingStore = create<SharingState>(() => ({ status: null, conflicts: null, setAside: null, error: null }));
