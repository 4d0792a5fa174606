import { create } from 'zustand';
import type { Completion, Member } from '../../../shared/model/team';
import type { CompletionChange } from '../../../shared/team/team-index';
import { announceDataReplaced, onDataReplaced } from '../../app/data-replaced';
import { errorMessage } from '../../app/errors';
import { tta } from '../../app/tta';

interface TeamState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Changes only when the whole data file is replaced (a restore); a new one means data-replaced. */
  epoch: string | null;
  members: Member[];
  completions: Completion[];
  /**
   * The last few changes to `completions` (from one array to the next), so the index
   * can be updated by what changed instead of rebuilt; a gap just means a rebuild.
   */
  changes: CompletionStep[];
  /** Fetches everything the first time and after a restore; otherwise a cheap check. */
  ensureLoaded(): Promise<void>;
  upsertMembers(members: readonly Member[]): void;
  /** Removes a member and their completions, as the main side did. */
  removeMember(id: string): void;
  addCompletions(completions: readonly Completion[]): void;
  replaceCompletion(completion: Completion): void;
  removeCompletions(ids: readonly string[]): void;
}

export interface CompletionStep extends CompletionChange {
  from: readonly Completion[];
  to: readonly Completion[];
}

const KEEP_CHANGES = 8;

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
  changes: [],
  async ensureLoaded() {
    if (get().status === 'loading') return;
    if (get().status !== 'ready') set({ status: 'loading', error: null });
    try {
      const epoch = get().epoch;
      const result = await tta().teamList(epoch ? { knownEpoch: epoch } : {});
      if (result.unchanged) {
        set({ status: 'ready' });
        return;
      }
      // Replaced behind this window's back (another restore path): every other store follows too.
      if (epoch !== null && result.epoch !== epoch) announceDataReplaced();
      set({ status: 'ready', epoch: result.epoch, members: result.members, completions: result.completions, changes: [] });
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) });
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
    const from = get().completions;
    const removedIds = from.filter((c) => c.memberId === id).map((c) => c.id);
    set({ members: get().members.filter((m) => m.id !== id), ...step(get(), { upserted: [], removedIds }) });
  },
  addCompletions(completions) {
    set(step(get(), { upserted: completions, removedIds: [] }));
  },
  replaceCompletion(completion) {
    set(step(get(), { upserted: [completion], removedIds: [] }));
  },
  removeCompletions(ids) {
    set(step(get(), { upserted: [], removedIds: ids }));
  },
}));

// The whole data set was replaced: drop this copy; the next team screen loads the new one.
onDataReplaced(() => useTeamStore.setState({ status: 'idle', error: null, epoch: null, members: [], completions: [], changes: [] }));

/** Applies a change to the completions and logs it for the index. */
function step(state: TeamState, change: CompletionChange): Pick<TeamState, 'completions' | 'changes'> {
  const from = state.completions;
  const replaced = new Map(change.upserted.map((c) => [c.id, c]));
  const removed = new Set(change.removedIds);
  const to: Completion[] = [];
  for (const c of from) {
    if (removed.has(c.id)) continue;
    const next = replaced.get(c.id);
    if (next) replaced.delete(c.id);
    to.push(next ?? c);
  }
  for (const c of replaced.values()) to.push(c);
  return { completions: to, changes: [...state.changes.slice(-(KEEP_CHANGES - 1)), { from, to, ...change }] };
}
