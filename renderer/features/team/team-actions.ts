import type { CompletionsImportInput, ImportOutcome } from '../../../shared/contract/team-channels';
import { memberFieldsOf, type CompletionDraftInput, type Member, type MemberFieldsInput } from '../../../shared/model/team';
import { draftOf } from '../../../shared/team/completion-draft';
import { notify } from '../../app/notice-store';
import { tta } from '../../app/tta';
import { useTeamStore } from './team-store';
import { plural } from '../../components/format-count';
import { PLAIN_EXPORT_NOTE } from '../../components/PlainExportNote';

/*
 * Team writes as the screens use them: call the main side, patch the local copy with
 * exactly what it returned, and say what happened in the app's notice, with Undo where
 * a mistake would cost work. Refusals are thrown to the caller, which shows them next
 * to the form (FormErrors) or in the notice (notifyError).
 */

const store = () => useTeamStore.getState();

export async function createMember(fields: MemberFieldsInput): Promise<Member> {
  const member = await tta().memberCreate(fields);
  store().upsertMembers([member]);
  notify(`Added ${member.name} to the team.`);
  return member;
}

/** `openedAt`: the updatedAt of the version the edit form showed; a member changed since is refused ('changed-meanwhile'). */
export async function updateMember(id: string, fields: MemberFieldsInput, options: { message?: (m: Member) => string; openedAt?: string | undefined } = {}): Promise<Member> {
  const { message, openedAt } = options;
  const { before, after } = await tta().memberUpdate({ id, fields, ...(openedAt !== undefined ? { expectedUpdatedAt: openedAt } : {}) });
  store().upsertMembers([after]);
  notify(message ? message(after) : `Saved changes to ${after.name}.`, async () => {
    const restored = await tta().memberUpdate({ id, fields: memberFieldsOf(before) });
    store().upsertMembers([restored.after]);
    return `Changes to ${restored.after.name} undone.`;
  });
  return after;
}

export async function setMemberActive(member: Member, active: boolean): Promise<Member> {
  return updateMember(member.id, { ...memberFieldsOf(member), active }, { message: (m) => (active ? `${m.name} is active again.` : `${m.name} is now inactive. Their records are kept.`) });
}

export async function deleteMember(member: Member): Promise<void> {
  const removed = await tta().memberDelete({ id: member.id });
  store().removeMember(member.id);
  notify(`Deleted ${removed.member.name} and ${plural(removed.completions.length, 'training record')}.`, async () => {
    const back = await tta().memberRestore(removed);
    store().upsertMembers([back.member]);
    store().addCompletions(back.completions);
    return `Restored ${back.member.name} and ${plural(back.completions.length, 'training record')}.`;
  });
}

/** Delete permanently: gone from the data file, the automatic backups and set-aside copies; no undo. */
export async function forgetMember(member: Member): Promise<void> {
  const result = await tta().memberForget({ id: member.id });
  store().removeMember(member.id);
  const copies = result.backupsRewritten + result.movedAsideRewritten;
  notify(
    `Deleted ${result.name} and ${plural(result.completions, 'training record')} permanently` +
      (copies > 0 ? `, also from ${plural(copies, 'older copy', 'older copies')} of your data` : '') +
      (result.unreadableDeleted > 0 ? `; ${plural(result.unreadableDeleted, 'damaged copy', 'damaged copies')} that could not be checked ${result.unreadableDeleted === 1 ? 'was' : 'were'} deleted` : '') +
      '.',
  );
}

export async function recordCompletions(memberIds: string[], draft: CompletionDraftInput, title: string): Promise<void> {
  const added = await tta().completionsRecord({ memberIds, draft });
  store().addCompletions(added);
  notify(`Recorded “${title}” for ${plural(added.length, 'member')}.`, async () => {
    await tta().completionsDelete({ ids: added.map((c) => c.id) });
    store().removeCompletions(added.map((c) => c.id));
    return `Removed the ${plural(added.length, 'record')} just added.`;
  });
}

/** `openedAt`: as for updateMember. */
export async function updateCompletion(id: string, memberId: string, draft: CompletionDraftInput, openedAt?: string): Promise<void> {
  const { before, after } = await tta().completionUpdate({ id, memberId, draft, ...(openedAt !== undefined ? { expectedUpdatedAt: openedAt } : {}) });
  store().replaceCompletion(after);
  notify('Saved the training record.', async () => {
    const restored = await tta().completionUpdate({ id, memberId: before.memberId, draft: draftOf(before) });
    store().replaceCompletion(restored.after);
    return 'Changes to the training record undone.';
  });
}

export async function deleteCompletion(id: string, title: string): Promise<void> {
  const removed = await tta().completionsDelete({ ids: [id] });
  store().removeCompletions([id]);
  notify(`Deleted the record of “${title}”.`, async () => {
    const back = await tta().completionsRestore({ completions: removed });
    store().addCompletions(back);
    return `Restored the record of “${title}”.`;
  });
}

/** Saves a CSV of the records; null when the user cancelled the save dialog. */
export async function exportRecords(memberId?: string): Promise<void> {
  const result = await tta().completionsExport(memberId ? { memberId } : {});
  if (result.path !== null) notify(`Saved ${plural(result.rows, 'record')} to ${result.path}. ${PLAIN_EXPORT_NOTE}`);
}

/** Saves every row of a checked CSV file, or none; adds what was saved to the local copy. */
export async function importCompletions(input: CompletionsImportInput): Promise<ImportOutcome> {
  const outcome = await tta().completionsImport(input);
  store().upsertMembers(outcome.newMembers);
  store().addCompletions(outcome.added);
  return outcome;
}

/** Attaches (or replaces) a record's certificate through the native file dialog; Undo puts back what was there. */
export async function attachCertificate(completionId: string): Promise<void> {
  const { change } = await tta().certificateAttach({ completionId });
  if (change === null) return;
  store().replaceCompletion(change.after);
  const previous = change.before.certificate ?? null;
  notify(`Attached “${change.after.certificate?.fileName}” to the record.`, async () => {
    const back = await tta().certificatePutBack({ completionId, certificate: previous });
    store().replaceCompletion(back.after);
    return previous ? `Put back “${previous.fileName}”.` : 'Certificate taken off the record.';
  });
}

export async function removeCertificate(completionId: string): Promise<void> {
  const { before, after } = await tta().certificateRemove({ completionId });
  store().replaceCompletion(after);
  const removed = before.certificate ?? null;
  notify(`Took “${removed?.fileName}” off the record.`, async () => {
    const back = await tta().certificatePutBack({ completionId, certificate: removed });
    store().replaceCompletion(back.after);
    return `Put back “${removed?.fileName}”.`;
  });
}

export async function openCertificate(completionId: string): Promise<void> {
  const { fileName } = await tta().certificateOpen({ completionId });
  notify(`Opened “${fileName}” in your viewer.`);
}

/** Saves a ZIP of one member's certificates, or everyone's. */
export async function exportCertificates(memberId?: string): Promise<void> {
  const result = await tta().certificatesExport(memberId ? { memberId } : {});
  if (result.path === null) return;
  const missing = result.missing > 0 ? ` ${plural(result.missing, 'certificate')} could not be found in the data folder and ${result.missing === 1 ? 'is' : 'are'} not in it.` : '';
  notify(`Saved ${plural(result.files, 'certificate')} to ${result.path}.${missing} ${PLAIN_EXPORT_NOTE}`);
}
