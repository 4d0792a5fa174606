import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { slugSchema, TRAINING_TITLE_MAX } from '../catalogue/schema';

/*
 * The app's core idea: a record (a completion, a plan item) points either at a
 * catalogue training, by id with a title snapshot taken when it was saved (so it
 * still reads well after a newer catalogue drops the training: it is then "retired"),
 * or at a custom training taken outside the catalogue. Exactly one of the two.
 * The schema fields, the rule, the resolver and the provider's name live here once.
 */

/** The catalogue side of a reference; each record adds its own `custom` shape. */
export const catalogueRefFields = lazySchema(() => ({
  trainingId: slugSchema.optional(),
  /** The catalogue title when the record was saved. */
  trainingTitle: z.string().min(1).max(TRAINING_TITLE_MAX).optional(),
}));

export interface TrainingRef {
  trainingId?: string | undefined;
  trainingTitle?: string | undefined;
  /** Completions also keep the family, so a retired training still counts by family. */
  trainingFamily?: string | undefined;
  custom?: { title: string; provider?: string | undefined } | undefined;
}

/** The rule every reference obeys; use as `.superRefine(checkTrainingRef)`. */
export function checkTrainingRef(ref: TrainingRef, ctx: z.RefinementCtx): void {
  if ((ref.trainingId === undefined) === (ref.custom === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['trainingId'], message: 'Name either a catalogue training (trainingId) or a custom one, not both or neither' });
  }
  if (ref.trainingId !== undefined && ref.trainingTitle === undefined) {
    ctx.addIssue({ code: 'custom', path: ['trainingTitle'], message: 'A catalogue training needs its title snapshot' });
  }
}

/** What the resolver needs to know of a catalogue training (TrainingLookup provides it). */
export interface KnownTraining {
  title: string;
  family: string;
  audiences: readonly string[];
  providerName: string;
}

export interface ResolvedTraining {
  /** The catalogue's current title, or the snapshot / custom title. */
  title: string;
  providerName: string;
  family: string | undefined;
  audiences: readonly string[];
  /** Names a catalogue training that the current catalogue no longer has. */
  retired: boolean;
  custom: boolean;
}

/** How a reference reads today, against the current catalogue. */
export function resolveTrainingRef(ref: TrainingRef, catalogue: { get(id: string): KnownTraining | undefined }): ResolvedTraining {
  if (ref.trainingId === undefined) {
    return { title: ref.custom?.title ?? '', providerName: ref.custom?.provider ?? '', family: undefined, audiences: [], retired: false, custom: true };
  }
  const t = catalogue.get(ref.trainingId);
  if (!t) return { title: ref.trainingTitle ?? ref.trainingId, providerName: '', family: ref.trainingFamily, audiences: [], retired: true, custom: false };
  return { title: t.title, providerName: t.providerName, family: t.family, audiences: t.audiences, retired: false, custom: false };
}
