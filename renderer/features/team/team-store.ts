import { create } from 'zustand';
import type { Completion, Member } from '../../../shared/model/team';
import { tta } from '../../app/tta';

interface TeamState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Changes only when the whole data file is replaced (a backup restore). */
  epoch: string | null;
  members: Member[];
  completions: Completion[];
  /** Fetches everything the first time and after a restore; otherwise a cheap check. */
  ensureLoaded(): Promise<void>;
  upsertMembers(members: readonly Member[]): void;
  /** Removes a member and their completions, as the main side did. */
  removeMember(id: string): void;
  addCompletions(completions: readonly Completion[]): void;
  replaceCompletion(completion: Completion): void;
  removeCompletions(ids: readonly string[]): void;
}

/**
 * The renderer's copy of the team data. After a save succeeds the main side returns
 * exactly what changed and only that is patched in here: a 100,000-record list is
 * never fetched again for one edit.
 */
export const useTeamStore = create<TeamState>((set, get) => ({
  status: 'idle',
  error: null,
  epoch: null,
  members: [],
  completions: [],
  async ensureLoaded() {
    if (get().status === 'loading') return;
    if (get().status !== 'ready') set({ status: 'loading', error: null });
    try {
      const epoch = get().epoch;
      const result = await tta().teamList(epoch ? { knownEpoch: epoch } : {});
      if (result.unchanged) set({ status: 'ready' });
      else set({ status: 'ready', epoch: result.epoch, members: result.members, completions: result.completions });
    } catch (error) {
      set({ status: 'error', error: (error as Error).message });
    }
  },
  upsertMembers(members) {
    const byId = new Map(members.map((m) => [m.id, m]));
    const next = get().members.map((m) => byId.get(m.id) ?? m);
    const known = new Set(next.map((m) => m.id));
    for (const m of members) if (!known.has(m.id)) next.push(m);
    set({ members: next });
  },
  removeMember(id) {
    set({ members: get().members.filter((m) => m.id !== id), completions: get().completions.filter((c) => c.memberId !== id) });
  },
  addCompletions(completions) {
    set({ completions: [...get().completions, ...completions] });
  },
  replaceCompletion(completion) {
    set({ completions: get().completions.map((c) => (c.id === completion.id ? completion : c)) });
  },
  removeCompletions(ids) {
    const gone = new Set(ids);
    set({ completions: get().completions.filter((c) => !gone.has(c.id)) });
  },
}));
