import type { Catalogue } from '../catalogue/schema';

/** What the compliance rules need to know of a catalogue training; absent = the catalogue no longer has it (retired). */
export interface TrainingFacts {
  title: string;
  family: string;
  topics: readonly string[];
  audiences: readonly string[];
}

export type TrainingFactsFor = (trainingId: string) => TrainingFacts | undefined;

export function trainingFactsFor(cat: Pick<Catalogue, 'trainings'>): TrainingFactsFor {
  const byId = new Map<string, TrainingFacts>(cat.trainings.map((t) => [t.id, { title: t.title, family: t.family, topics: t.topics, audiences: t.audiences }]));
  return (id) => byId.get(id);
}
