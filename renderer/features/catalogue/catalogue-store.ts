import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { buildCatalogueIndex, type CatalogueIndex } from '../../../shared/catalogue/catalogue-index';
import { createLabels, type Labels } from '../../../shared/catalogue/labels';
import { createTrainingLookup, type TrainingLookup } from '../../../shared/team/training-lookup';
import { errorMessage } from '../../app/errors';
import { tta } from '../../app/tta';
import { takeEarlyCatalogue } from '../../app/early-requests';

export interface LoadedCatalogue {
  catalogue: Catalogue;
  index: CatalogueIndex;
  labels: Labels;
  providers: Map<string, Catalogue['providers'][number]>;
  trainings: Map<string, Catalogue['trainings'][number]>;
  resources: Map<string, Catalogue['resources'][number]>;
  families: Map<string, Catalogue['families'][number]>;
}

interface CatalogueState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  loaded: LoadedCatalogue | null;
  /** Loads once; later calls reuse the index. `force` reloads after a catalogue import. */
  ensureLoaded(force?: boolean): Promise<void>;
}

const lookups = new WeakMap<Catalogue, TrainingLookup>();

/** One training lookup per catalogue, shared by every screen that resolves training references. */
export function trainingLookupFor(cat: Catalogue): TrainingLookup {
  let lookup = lookups.get(cat);
  if (!lookup) lookups.set(cat, (lookup = createTrainingLookup(cat)));
  return lookup;
}

export function prepareCatalogue(catalogue: Catalogue): LoadedCatalogue {
  return {
    catalogue,
    index: buildCatalogueIndex(catalogue),
    labels: createLabels(catalogue),
    providers: new Map(catalogue.providers.map((p) => [p.id, p])),
    trainings: new Map(catalogue.trainings.map((t) => [t.id, t])),
    resources: new Map(catalogue.resources.map((r) => [r.id, r])),
    families: new Map(catalogue.families.map((f) => [f.id, f])),
  };
}

export const useCatalogueStore = create<CatalogueState>((set, get) => ({
  status: 'idle',
  error: null,
  loaded: null,
  async ensureLoaded(force = false) {
    const { status } = get();
    if (!force && (status === 'loading' || status === 'ready')) return;
    set({ status: 'loading', error: null });
    try {
      const early = force ? null : takeEarlyCatalogue();
      const catalogue = await (early ?? tta().catalogueGet());
      set({ status: 'ready', loaded: prepareCatalogue(catalogue) });
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) });
    }
  },
}));

/**
 * A value of the catalogue store, read from its current state also while hydrating: zustand's
 * own hook reads its initial state there ("loading"), which would not match the pre-rendered
 * first screen (renderer/first-screen), rendered with the catalogue loaded. `select` must
 * return a stored value (not a new object), as with zustand's hook.
 */
export function useCatalogueState<T>(select: (state: CatalogueState) => T): T {
  const current = () => select(useCatalogueStore.getState());
  return useSyncExternalStore(useCatalogueStore.subscribe, current, current);
}
