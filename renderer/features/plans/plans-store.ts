import { create } from 'zustand';
import type { PlanSummary } from '../../../shared/contract/plan-channels';
import type { Plan } from '../../../shared/model/plan';
import type { PlanView } from '../../../shared/plans/plan-view';
import { tta } from '../../app/tta';

/** A message after an action, with an optional undo (deleting a plan, removing an item). */
export interface PlanNotice {
  text: string;
  undo?: () => Promise<void>;
}

interface PlansState {
  summaries: PlanSummary[] | null;
  view: PlanView | null;
  error: string | null;
  notice: PlanNotice | null;
  loadList(): Promise<void>;
  open(id: string): Promise<void>;
  /** Saves the whole plan; shows the edit at once and replaces it with the saved view. */
  save(plan: Plan, notice?: PlanNotice): Promise<boolean>;
  setView(view: PlanView): void;
  setNotice(notice: PlanNotice | null): void;
  setError(error: string | null): void;
  /** After a restore replaced all data: cached plans are stale. */
  reset(): void;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const usePlansStore = create<PlansState>((set, get) => ({
  summaries: null,
  view: null,
  error: null,
  notice: null,
  async loadList() {
    try {
      set({ summaries: await tta().plansList(), error: null });
    } catch (error) {
      set({ error: errorText(error) });
    }
  },
  async open(id) {
    if (get().view?.plan.id !== id) set({ view: null, notice: null, error: null });
    try {
      set({ view: await tta().planGet({ id }), error: null });
    } catch (error) {
      set({ error: errorText(error) });
    }
  },
  async save(plan, notice) {
    const current = get().view;
    // Optimistic: drag and keyboard moves must feel instant; progress follows with the saved view.
    if (current && current.plan.id === plan.id) set({ view: { ...current, plan } });
    try {
      const view = await tta().planSave(plan);
      set({ view, error: null, ...(notice ? { notice } : {}) });
      return true;
    } catch (error) {
      set({ error: errorText(error), ...(current ? { view: current } : {}) });
      return false;
    }
  },
  setView: (view) => set({ view, error: null }),
  setNotice: (notice) => set({ notice }),
  setError: (error) => set({ error }),
  reset: () => set({ summaries: null, view: null, notice: null, error: null }),
}));
