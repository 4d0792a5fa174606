import type { Completion, CompletionDraft, TrainingChoice } from '../model/team';
import type { TrainingLookup } from './training-lookup';

export type Built = { ok: true; completion: Completion } | { ok: false; message: string };

/**
 * A stored completion from what the user entered. A catalogue training gets its
 * title and family copied in, so the record reads well even after a newer catalogue
 * drops it; editing a record whose training has since been retired keeps the old copy.
 */
export function completionFromDraft(
  draft: CompletionDraft,
  ids: { id: string; memberId: string; createdAt: string },
  trainings: TrainingLookup,
  previous?: Completion,
): Built {
  const base = {
    ...ids,
    completedOn: draft.completedOn,
    ...(draft.hours !== undefined ? { hours: draft.hours } : {}),
    ...(draft.creditHours !== undefined ? { creditHours: draft.creditHours } : {}),
    ...(draft.certificateNumber ? { certificateNumber: draft.certificateNumber } : {}),
    ...(draft.notes ? { notes: draft.notes } : {}),
    ...(draft.validForMonths !== undefined ? { validForMonths: draft.validForMonths } : {}),
    // The form shows the expiry date, so a draft without one removes it.
    ...(draft.expiresOn !== undefined ? { expiresOn: draft.expiresOn } : {}),
    // The form does not carry the certificate file: an edit keeps it (attach, replace and remove have their own channels).
    ...(previous?.certificate ? { certificate: previous.certificate } : {}),
  };
  const choice = draft.training;
  if (choice.kind === 'custom') return { ok: true, completion: { ...base, custom: { title: choice.title, provider: choice.provider } } };
  const t = trainings.get(choice.trainingId);
  if (t) return { ok: true, completion: { ...base, trainingId: t.id, trainingTitle: t.title, trainingFamily: t.family } };
  if (previous?.trainingId === choice.trainingId && previous.trainingTitle) {
    return {
      ok: true,
      completion: {
        ...base,
        trainingId: previous.trainingId,
        trainingTitle: previous.trainingTitle,
        ...(previous.trainingFamily ? { trainingFamily: previous.trainingFamily } : {}),
      },
    };
  }
  return { ok: false, message: `The training "${choice.trainingId}" is not in the catalogue. Choose another, or record it as a training outside the catalogue.` };
}

export function trainingChoiceOf(c: Completion): TrainingChoice {
  return c.trainingId !== undefined
    ? { kind: 'catalogue', trainingId: c.trainingId }
    : { kind: 'custom', title: c.custom?.title ?? '', provider: c.custom?.provider ?? '' };
}

/** The editable part of a stored completion, e.g. to undo an edit. */
export function draftOf(c: Completion): CompletionDraft {
  return {
    training: trainingChoiceOf(c),
    completedOn: c.completedOn,
    ...(c.hours !== undefined ? { hours: c.hours } : {}),
    ...(c.creditHours !== undefined ? { creditHours: c.creditHours } : {}),
    ...(c.certificateNumber !== undefined ? { certificateNumber: c.certificateNumber } : {}),
    ...(c.notes !== undefined ? { notes: c.notes } : {}),
    ...(c.validForMonths !== undefined ? { validForMonths: c.validForMonths } : {}),
    ...(c.expiresOn !== undefined ? { expiresOn: c.expiresOn } : {}),
  };
}
