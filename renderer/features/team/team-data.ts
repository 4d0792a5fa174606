import { useState } from 'react';
import type { Completion, Member } from '../../../shared/model/team';
import { localIsoDate } from '../../../shared/util/dates';
import { buildTeamIndex, updateTeamIndex, type TeamIndex } from '../../../shared/team/team-index';
import type { TrainingLookup } from '../../../shared/team/training-lookup';
import { trainingLookupFor, useCatalogueStore } from '../catalogue/catalogue-store';
import { useTeamStore, type CompletionStep } from './team-store';

let last: { members: readonly Member[]; completions: readonly Completion[]; trainings: TrainingLookup; today: string; index: TeamIndex } | null = null;

/**
 * The joined team data, built once per change of members, completions, catalogue or
 * day and shared by every component that asks (a module-level memo, since several
 * screens and cards need the same index at once). After a save it is updated from
 * the logged change rather than rebuilt: O(n) cheap steps instead of re-deriving
 * and re-sorting 100,000 records.
 */
export function teamIndexFor(members: readonly Member[], completions: readonly Completion[], trainings: TrainingLookup, today: string, changes: readonly CompletionStep[] = []): TeamIndex {
  if (last && last.members === members && last.completions === completions && last.trainings === trainings && last.today === today) return last.index;
  let index: TeamIndex | null = null;
  if (last && last.trainings === trainings && last.today === today) {
    // Follow the change log from the completions the index was built from to the current ones.
    let at = last.completions;
    let updated = last.index;
    for (let guard = 0; at !== completions && guard < changes.length; guard++) {
      const next = changes.find((c) => c.from === at);
      if (!next) break;
      updated = updateTeamIndex(updated, members, next);
      at = next.to;
    }
    if (at === completions) index = updated === last.index ? updateTeamIndex(updated, members, { upserted: [], removedIds: [] }) : updated;
  }
  // No usable log (first load, a reload, a new day or catalogue): build, reusing unchanged rows.
  index ??= buildTeamIndex(members, completions, trainings, today, last?.index);
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
  const changes = useTeamStore((s) => s.changes);
  const catalogue = useCatalogueStore((s) => s.loaded?.catalogue);
  const today = useToday();
  if (!catalogue) throw new Error('useTeamIndex needs the catalogue: render it inside TeamDataGate.');
  return teamIndexFor(members, completions, trainingLookupFor(catalogue), today, changes);
}
