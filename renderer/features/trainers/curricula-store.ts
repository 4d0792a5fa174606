import { create } from 'zustand';
import type { Curriculum } from '../../../shared/model/curriculum';
import { onDataReplaced } from '../../app/data-replaced';

/**
 * The renderer's copy of the curricula: the list and the one open in the editor. Only
 * curricula-actions.ts changes it (after asking the main side); screens read it with selectors.
 */
interface CurriculaState {
  list: Curriculum[] | null;
  open: Curriculum | null;
  error: string | null;
}

const empty: CurriculaState = { list: null, open: null, error: null };

export const useCurriculaStore = create<CurriculaState>(() => empty);

// The whole data set was replaced: cached curricula are stale.
onDataReplaced(() => useCurriculaStore.setState(empty));
