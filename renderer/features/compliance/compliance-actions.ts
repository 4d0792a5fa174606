import type { ComplianceDigest, DailyReminder } from '../../../shared/contract/compliance-channels';
import type { Profile, ProfileDraftInput } from '../../../shared/model/requirements';
import { tta } from '../../app/tta';
import { notify } from '../../app/notice-store';
import { useComplianceStore } from './compliance-store';

/*
 * Every call the compliance screens make to the main side: fetch, then patch the local
 * copy with exactly what came back; deletes offer Undo. Failures are thrown to the caller.
 */

const store = () => useComplianceStore.getState();
const toast = notify;

/** Loads the profiles and main's today each time a compliance screen opens (a new day shows on the next visit). */
export async function loadProfiles(): Promise<void> {
  if (store().status !== 'ready') store().set({ status: 'loading', error: null });
  try {
    const { profiles, today } = await tta().profilesList({});
    store().set({ status: 'ready', profiles, today });
  } catch (error) {
    store().set({ status: 'error', error: (error as Error).message });
  }
}

export async function saveProfile(id: string | undefined, draft: ProfileDraftInput): Promise<Profile> {
  const { after } = await tta().profileSave(id === undefined ? { draft } : { id, draft });
  store().upsert(after);
  toast(id === undefined ? `Added the profile “${after.name}”.` : `Saved “${after.name}”.`);
  return after;
}

export async function deleteProfile(profile: Profile): Promise<void> {
  const removed = await tta().profileDelete({ id: profile.id });
  store().remove(profile.id);
  toast(`Deleted the profile “${removed.name}”.`, async () => {
    const back = await tta().profileRestore({ profile: removed });
    store().upsert(back);
    return `Restored “${back.name}”.`;
  });
}

export function fetchDigest(): Promise<ComplianceDigest> {
  return tta().complianceDigest({});
}

/** The digest at start and once a day; main may also raise a system notification (Settings). */
export function dailyReminder(): Promise<DailyReminder> {
  return tta().complianceDailyReminder({});
}

/** Each export asks where to save: the path written, or null when the user cancelled. */
export async function exportTranscript(memberIds: string[]): Promise<string | null> {
  return (await tta().transcriptExport({ memberIds })).savedTo;
}

export async function exportComplianceReport(format: 'pdf' | 'csv'): Promise<string | null> {
  return (await tta().complianceReportExport({ format })).savedTo;
}

export async function exportReminders(format: 'ics' | 'csv'): Promise<string | null> {
  return (await tta().remindersExport({ format })).savedTo;
}
