import type { Completion } from '../model/team';
import type { PlanItem, PlanPeriod } from '../model/plan';
import { trainingKey } from '../team/team-index';
import { expiresOn } from '../team/status';

/** The same training key completions use: catalogue id, or the custom title ignoring case and spacing. */
export function planItemKey(item: Pick<PlanItem, 'trainingId' | 'custom'>): string {
  return trainingKey({ trainingId: item.trainingId, custom: item.custom ? { title: item.custom.title, provider: item.custom.provider } : undefined });
}

/** member id -> training key -> that member's completions of it. Built once per view, read by map lookups. */
export type CompletionIndex = ReadonlyMap<string, ReadonlyMap<string, readonly Completion[]>>;

export function indexCompletions(completions: readonly Completion[]): CompletionIndex {
  const index = new Map<string, Map<string, Completion[]>>();
  for (const c of completions) {
    let byKey = index.get(c.memberId);
    if (!byKey) index.set(c.memberId, (byKey = new Map()));
    const key = trainingKey(c);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  return index;
}

/** Valid today: taken on or before today and not expired (no expiry counts as valid). */
export function isValidOn(c: Pick<Completion, 'completedOn' | 'validForMonths'>, today: string): boolean {
  if (c.completedOn > today) return false;
  const expiry = expiresOn(c);
  return expiry === null || expiry >= today;
}

/**
 * The completion that makes this item done for this member: one taken in the plan
 * period, or one still valid today. The newest such completion, or undefined.
 */
export function doneEvidence(index: CompletionIndex, memberId: string, key: string, period: PlanPeriod, today: string): Completion | undefined {
  const list = index.get(memberId)?.get(key);
  if (!list) return undefined;
  let best: Completion | undefined;
  for (const c of list) {
    const inPeriod = c.completedOn >= period.start && c.completedOn <= period.end;
    if ((inPeriod || isValidOn(c, today)) && (!best || c.completedOn > best.completedOn)) best = c;
  }
  return best;
}

/** Whether the member has ever completed the training (suggestions skip those). */
export function hasTaken(index: CompletionIndex, memberId: string, key: string): boolean {
  return (index.get(memberId)?.get(key)?.length ?? 0) > 0;
}
