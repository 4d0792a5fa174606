import type { Completion, CompletionDraft, Member, MemberFields } from '../../shared/model/team';
import { completionFromDraft } from '../../shared/team/completion-draft';
import { AFTER_TODAY, latestCompletionDay } from '../../shared/team/not-taken-yet';
import { localIsoDate } from '../../shared/util/dates';
import type { TrainingLookup } from '../../shared/team/training-lookup';
import type { Store } from './store';
import { refuseIfChangedMeanwhile } from './changed-meanwhile';
import { UserFacingError } from './user-facing-error';

export interface TeamWriteDeps {
  store: Store;
  trainings: () => TrainingLookup;
  newId: (kind: 'member' | 'completion') => string;
  now: () => Date;
}

/*
 * Every write checks first and then changes the data in one store.update, so a
 * refused request leaves the file exactly as it was. The store applies the change to a
 * copy and keeps it only once it is on disk; a failed save changes nothing. Changes touch only the records
 * concerned: push, splice, or one filter pass for a member's records.
 */

function emailTakenBy(members: readonly Member[], email: string | undefined, exceptId?: string): Member | undefined {
  if (!email) return undefined;
  const wanted = email.toLowerCase();
  return members.find((m) => m.id !== exceptId && m.email?.toLowerCase() === wanted);
}

/** The record as the store saved it: with who changed it and when (the store stamps every changed record). */
function storedVersion<T extends { id: string }>(saved: readonly T[], written: T): T {
  return saved.find((r) => r.id === written.id) ?? written;
}

function requireMember(members: readonly Member[], id: string): Member {
  const member = members.find((m) => m.id === id);
  if (!member) throw new UserFacingError(`No team member has the id ${id}; it may have been deleted.`);
  return member;
}

export async function createMember(deps: TeamWriteDeps, fields: MemberFields): Promise<Member> {
  const data = deps.store.data();
  const clash = emailTakenBy(data.members, fields.email);
  if (clash) throw new UserFacingError(`${clash.name} already uses the email ${fields.email}; each member needs their own.`);
  const member: Member = { id: deps.newId('member'), ...fields };
  const saved = await deps.store.update((d) => {
    d.members.push(member);
  });
  return storedVersion(saved.members, member);
}

/** `expectedUpdatedAt`: the version the edit form was opened on (see refuseIfChangedMeanwhile). */
export async function updateMember(deps: TeamWriteDeps, id: string, fields: MemberFields, expectedUpdatedAt?: string): Promise<{ before: Member; after: Member }> {
  const data = deps.store.data();
  const before = requireMember(data.members, id);
  const clash = emailTakenBy(data.members, fields.email, id);
  if (clash) throw new UserFacingError(`${clash.name} already uses the email ${fields.email}; each member needs their own.`);
  const after: Member = { id, ...fields };
  const saved = await deps.store.update((d) => {
    const i = d.members.findIndex((m) => m.id === id);
    if (i < 0) throw new UserFacingError(`No team member has the id ${id}; it may have been deleted.`);
    // Inside the change: a version from another coordinator may have been applied just before.
    refuseIfChangedMeanwhile('this team member', d.members[i]!, expectedUpdatedAt, after);
    d.members[i] = after;
  });
  return { before, after: storedVersion(saved.members, after) };
}

export async function deleteMember(deps: TeamWriteDeps, id: string): Promise<{ member: Member; completions: Completion[] }> {
  const member = requireMember(deps.store.data().members, id);
  const removed: Completion[] = [];
  await deps.store.update((d) => {
    d.members = d.members.filter((m) => m.id !== id);
    d.completions = d.completions.filter((c) => {
      if (c.memberId !== id) return true;
      removed.push(c);
      return false;
    });
  });
  return { member, completions: removed };
}

/** Undo of deleteMember: refuses rather than overwrite anything that took the ids since. */
export async function restoreMember(deps: TeamWriteDeps, input: { member: Member; completions: Completion[] }): Promise<{ member: Member; completions: Completion[] }> {
  const data = deps.store.data();
  if (data.members.some((m) => m.id === input.member.id)) throw new UserFacingError(`${input.member.name} is already on the team; nothing to restore.`);
  const clash = emailTakenBy(data.members, input.member.email);
  if (clash) throw new UserFacingError(`${clash.name} now uses the email ${input.member.email}, so ${input.member.name} cannot be restored with it.`);
  const stray = input.completions.find((c) => c.memberId !== input.member.id);
  if (stray) throw new UserFacingError(`Record ${stray.id} belongs to another member and cannot be restored with ${input.member.name}.`);
  assertNewCompletionIds(data.completions, input.completions);
  await deps.store.update((d) => {
    d.members.push(input.member);
    for (const c of input.completions) d.completions.push(c);
  });
  return input;
}

function assertNewCompletionIds(existing: readonly Completion[], incoming: readonly Completion[]): void {
  const ids = new Set(existing.map((c) => c.id));
  const seen = new Set<string>();
  for (const c of incoming) {
    if (ids.has(c.id) || seen.has(c.id)) throw new UserFacingError(`A record with the id ${c.id} already exists; nothing was restored.`);
    seen.add(c.id);
  }
}

/** A completion is a training taken: none dated after today (the form says so first). */
function refuseAfterToday(deps: TeamWriteDeps, draft: CompletionDraft): void {
  if (draft.completedOn > latestCompletionDay(localIsoDate(deps.now()))) throw new UserFacingError(AFTER_TODAY);
}

export async function recordCompletions(deps: TeamWriteDeps, memberIds: readonly string[], draft: CompletionDraft): Promise<Completion[]> {
  const data = deps.store.data();
  const known = new Set(data.members.map((m) => m.id));
  const unique = [...new Set(memberIds)];
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length > 0) throw new UserFacingError(`No team member has the id ${missing.slice(0, 3).join(', ')}; they may have been deleted. Nothing was recorded.`);
  refuseAfterToday(deps, draft);
  const createdAt = deps.now().toISOString();
  const trainings = deps.trainings();
  const added: Completion[] = [];
  for (const memberId of unique) {
    const built = completionFromDraft(draft, { id: deps.newId('completion'), memberId, createdAt }, trainings);
    if (!built.ok) throw new UserFacingError(built.message);
    added.push(built.completion);
  }
  const saved = await deps.store.update((d) => {
    for (const c of added) d.completions.push(c);
  });
  // Added at the end: the saved versions are the last ones.
  return saved.completions.slice(saved.completions.length - added.length);
}

export async function updateCompletion(
  deps: TeamWriteDeps,
  input: { id: string; memberId: string; draft: CompletionDraft; expectedUpdatedAt?: string | undefined },
): Promise<{ before: Completion; after: Completion }> {
  const data = deps.store.data();
  const index = data.completions.findIndex((c) => c.id === input.id);
  if (index === -1) throw new UserFacingError(`The record ${input.id} no longer exists; it may have been deleted.`);
  requireMember(data.members, input.memberId);
  refuseAfterToday(deps, input.draft);
  const before = data.completions[index]!;
  const built = completionFromDraft(input.draft, { id: before.id, memberId: input.memberId, createdAt: before.createdAt }, deps.trainings(), before);
  if (!built.ok) throw new UserFacingError(built.message);
  const saved = await deps.store.update((d) => {
    // Look again inside the update: another write may have moved the record.
    const i = d.completions[index]?.id === input.id ? index : d.completions.findIndex((c) => c.id === input.id);
    if (i < 0) throw new UserFacingError(`The record ${input.id} no longer exists; it may have been deleted.`);
    refuseIfChangedMeanwhile('this training record', d.completions[i]!, input.expectedUpdatedAt, built.completion);
    d.completions[i] = built.completion;
  });
  return { before, after: storedVersion(saved.completions, built.completion) };
}

export async function deleteCompletions(deps: TeamWriteDeps, ids: readonly string[]): Promise<Completion[]> {
  const wanted = new Set(ids);
  const existing = deps.store.data().completions.filter((c) => wanted.has(c.id));
  if (existing.length !== wanted.size) throw new UserFacingError('Some of these records no longer exist; nothing was deleted. Reload the list and try again.');
  const removed: Completion[] = [];
  await deps.store.update((d) => {
    d.completions = d.completions.filter((c) => {
      if (!wanted.has(c.id)) return true;
      removed.push(c);
      return false;
    });
  });
  return removed;
}

export async function restoreCompletions(deps: TeamWriteDeps, completions: readonly Completion[]): Promise<Completion[]> {
  const data = deps.store.data();
  const known = new Set(data.members.map((m) => m.id));
  const orphan = completions.find((c) => !known.has(c.memberId));
  if (orphan) throw new UserFacingError(`The member of record ${orphan.id} is no longer on the team; nothing was restored.`);
  assertNewCompletionIds(data.completions, completions);
  await deps.store.update((d) => {
    for (const c of completions) d.completions.push(c);
  });
  return [...completions];
}
