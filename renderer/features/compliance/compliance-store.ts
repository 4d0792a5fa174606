import { create } from 'zustand';
import type { Profile } from '../../../shared/model/requirements';

interface ComplianceState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  profiles: Profile[];
  /** Today as the main side counts it, so the matrix, digest and reports agree. */
  today: string | null;
  set(next: Partial<Pick<ComplianceState, 'status' | 'error' | 'profiles' | 'today'>>): void;
  upsert(profile: Profile): void;
  remove(id: string): void;
}

/** The renderer's copy of the requirement profiles; compliance-actions.ts fills and patches it. */
export const useComplianceStore = create<ComplianceState>((set, get) => ({
  status: 'idle',
  error: null,
  profiles: [],
  today: null,
  set: (next) => set(next),
  upsert(profile) {
    const list = get().profiles;
    const i = list.findIndex((p) => p.id === profile.id);
    set({ profiles: i >= 0 ? list.map((p) => (p.id === profile.id ? profile : p)) : [...list, profile] });
  },
  remove(id) {
    set({ profiles: get().profiles.filter((p) => p.id !== id) });
  },
}));
