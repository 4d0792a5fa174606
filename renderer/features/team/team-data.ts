import { useState } from 'react';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { localIsoDate } from '../../../shared/team/dates';
import { buildTeamIndex, type TeamIndex } from '../../../shared/team/team-index';
import { createTrainingLookup, type TrainingLookup } from '../../../shared/team/training-lookup';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { useTeamStore } from './team-store';

const lookups = new WeakMap<Catalogue, TrainingLookup>();

/** One lookup per catalogue, shared by every screen. */
export function trainingLookupFor(cat: Catalogue): TrainingLookup {
  let lookup = lookups.get(cat);
  if (!lookup) lookups.set(cat, (lookup = createTrainingLookup(cat)));
  return lookup;
}

let last: { members: unknown; completions: unknown; trainings: unknown; today: string; index: TeamIndex } | null = null;

/**
 * The joined team data, built once per change of members, completions, catalogue or
 * day, and shared by every component that asks (a module-level memo, since several
 * screens and cards need the same index at once).
 */
export function teamIndexFor(members: TeamIndex['members'], completions: Parameters<typeof buildTeamIndex>[1], trainings: TrainingLookup, today: string): TeamIndex {
  if (last && last.members === members && last.completions === completions && last.trainings === trainings && last.today === today) return last.index;
  const index = buildTeamIndex(members, completions, trainings, today);
  last = { members, completions, trainings, today, index };
  return index;
}

/** Today's date, read once per mounted screen (a day change shows on the next visit). */
export function useToday(): string {
  const [today] = useState(() => localIsoDate(new Date()));
  return today;
}

/** The team index for screens inside TeamDataGate (catalogue and team both loaded). */
export function useTeamIndex(): TeamIndex {
  const members = useTeamStore((s) => s.members);
  const completions = useTeamStore((s) => s.completions);
  const catalogue = useCatalogueStore((s) => s.loaded?.catalogue);
  const today = useToday();
  if (!catalogue) throw new Error('useTeamIndex needs the catalogue: render it inside TeamDataGate.');
  return teamIndexFor(members, completions, trainingLookupFor(catalogue), today);
}
