import type { Catalogue } from '../catalogue/schema';
import { providerDisplayName } from '../catalogue/provider-name';

/** What the team screens need to know about a catalogue training. */
export interface TrainingFacts {
  id: string;
  title: string;
  alsoKnownAs: readonly string[];
  family: string;
  audiences: readonly string[];
  providerName: string;
  hours?: number;
}

export interface TrainingLookup {
  get(id: string): TrainingFacts | undefined;
  all(): readonly TrainingFacts[];
}

/** Built once per catalogue so joins from completions to trainings are map lookups. */
export function createTrainingLookup(cat: Pick<Catalogue, 'trainings' | 'providers'>): TrainingLookup {
  const providers = new Map(cat.providers.map((p) => [p.id, providerDisplayName(p)]));
  const list: TrainingFacts[] = cat.trainings.map((t) => ({
    id: t.id,
    title: t.title,
    alsoKnownAs: t.alsoKnownAs ?? [],
    family: t.family,
    audiences: t.audiences,
    providerName: providers.get(t.providerId) ?? t.providerId,
    ...(t.hours !== undefined ? { hours: t.hours } : {}),
  }));
  const byId = new Map(list.map((t) => [t.id, t]));
  return { get: (id) => byId.get(id), all: () => list };
}

export const emptyTrainingLookup: TrainingLookup = { get: () => undefined, all: () => [] };
