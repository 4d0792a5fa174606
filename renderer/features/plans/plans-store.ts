import { create } from 'zustand';
import type { PlanSummary } from '../../../shared/contract/plan-channels';
import type { PlanView } from '../../../shared/plans/plan-view';
import { onDataReplaced } from '../../app/data-replaced';

/**
 * The renderer's copy of the plans: the list's summaries and the plan open in the
 * editor. Only plans-actions.ts changes it (after asking the main side); screens
 * read it with selectors.
 */
interface PlansState {
  summaries: PlanSummary[] | null;
  view: PlanView | null;
  /** Why the list or the open plan could not be loaded. */
  error: string | null;
}

const empty: PlansState = { summaries: null, view: null, error: null };

export const usePlansStore = create<PlansState>(() => empty);

// The whole data set was replaced: cached plans are stale.
onDataReplaced(() => usePlansStore.setState(empty));
