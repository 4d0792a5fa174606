import type { Catalogue } from '../catalogue/schema';
import type { Plan } from '../model/plan';
import type { Member } from '../model/team';
import { providerDisplayName } from '../catalogue/provider-name';
import { hasTaken, planItemKey, type CompletionIndex } from './completion-match';

export interface Suggestion {
  trainingId: string;
  title: string;
  providerName: string;
  /** The member's audiences this training serves. */
  matchedAudiences: string[];
  /** Set when the training is already in the plan, so adding means assigning the member to that item. */
  existingItemId?: string;
}

export interface MemberSuggestions {
  memberId: string;
  trainings: Suggestion[];
}

/** Historical courses no longer run and in-development ones have no published course yet. */
const SUGGESTIBLE = new Set(['active', 'unverified']);

/**
 * Per member: catalogue trainings for their audiences that they have never completed
 * and are not yet assigned in this plan. The plan's audience focus ranks first, then
 * the number of matching audiences, then the title.
 */
export function suggestTrainings(plan: Plan, members: readonly Member[], catalogue: Pick<Catalogue, 'trainings' | 'providers'>, completions: CompletionIndex, limit = 5): MemberSuggestions[] {
  const providerNames = new Map(catalogue.providers.map((p) => [p.id, providerDisplayName(p)]));
  const itemByTraining = new Map<string, Plan['items'][number]>();
  for (const item of plan.items) if (item.trainingId !== undefined && !itemByTraining.has(item.trainingId)) itemByTraining.set(item.trainingId, item);
  const focus = new Set(plan.audienceFocus);
  const candidates = catalogue.trainings.filter((t) => SUGGESTIBLE.has(t.status));

  return members.map((member) => {
    const mine = new Set(member.audiences);
    const ranked: { suggestion: Suggestion; focusHits: number }[] = [];
    for (const t of candidates) {
      const matched = t.audiences.filter((a) => mine.has(a));
      if (matched.length === 0) continue;
      const existing = itemByTraining.get(t.id);
      if (existing?.assigneeIds.includes(member.id)) continue;
      if (hasTaken(completions, member.id, planItemKey({ trainingId: t.id }))) continue;
      ranked.push({
        suggestion: {
          trainingId: t.id,
          title: t.title,
          providerName: providerNames.get(t.providerId) ?? t.providerId,
          matchedAudiences: matched,
          ...(existing ? { existingItemId: existing.id } : {}),
        },
        focusHits: t.audiences.filter((a) => focus.has(a)).length,
      });
    }
    ranked.sort(
      (a, b) =>
        b.focusHits - a.focusHits ||
        b.suggestion.matchedAudiences.length - a.suggestion.matchedAudiences.length ||
        a.suggestion.title.localeCompare(b.suggestion.title),
    );
    return { memberId: member.id, trainings: ranked.slice(0, limit).map((r) => r.suggestion) };
  });
}
