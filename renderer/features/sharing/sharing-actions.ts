import type { SyncConflict } from '../../../shared/model/sync-conflict';
import { announceDataReplaced } from '../../app/data-replaced';
import { errorMessage } from '../../app/errors';
import { tta } from '../../app/tta';
import { plural } from '../../components/format-count';
import { openPlan, loadPlans } from '../plans/plans-actions';
import { usePlansStore } from '../plans/plans-store';
import { useTeamStore } from '../team/team-store';
import { useSharingStore } from './sharing-store';

/*
 * Sharing actions: call the sync channels, bring the sharing store (and, when changes from
 * other coordinators arrived, the record stores) up to date, and return what to tell the user
 * (null when a dialog was cancelled). Refusals are thrown; the panels show them next to their
 * button (useActionStatus).
 */

const set = useSharingStore.setState;
const get = useSharingStore.getState;

let polling: Promise<void> | null = null;

/** Reads the status; reloads the records when others' changes arrived, and the conflicts when they changed. */
export function refreshSharing(): Promise<void> {
  polling ??= (async () => {
    try {
      const before = get().status;
      const status = await tta().syncStatus();
      set({ status, error: null });
      if (before !== null && before.dataEpoch !== status.dataEpoch) await reloadRecords();
      if (get().conflicts === null || before?.conflictsVersion !== status.conflictsVersion) await loadConflicts();
      if (status.setAside > 0 && (get().setAside === null || before?.setAside !== status.setAside)) set({ setAside: await tta().syncSetAsideList() });
    } catch (error) {
      set({ error: errorMessage(error) });
    } finally {
      polling = null;
    }
  })();
  return polling;
}

export async function loadConflicts(): Promise<void> {
  set({ conflicts: await tta().syncConflictsList() });
}

/**
 * Records changed outside this window (others' changes arrived, or a conflict was resolved):
 * the team list reloads in place (the team list sees the store's new epoch and every store
 * drops its copy, data-replaced), and the plans open now load theirs again. `forced` reloads
 * the team list even when its epoch did not change.
 */
async function reloadRecords(forced = false): Promise<void> {
  const plans = usePlansStore.getState();
  const team = useTeamStore.getState();
  if (team.status === 'ready') {
    if (forced) useTeamStore.setState({ epoch: null });
    await team.ensureLoaded();
  } else announceDataReplaced();
  if (plans.summaries !== null) await loadPlans();
  if (plans.view !== null) await openPlan(plans.view.plan.id);
}

/** Your name as coordinator: every change you make is signed with it. */
export async function setCoordinatorName(name: string): Promise<string> {
  set({ status: await tta().syncCoordinatorSet({ name }) });
  return `Your changes will be recorded as made by ${name.trim()}.`;
}

export async function connectServer(input: { url: string; user: string; password: string }): Promise<string> {
  set({ status: await tta().syncConnect(input) });
  return `Connected to ${input.url.trim()} as ${input.user.trim()}.`;
}

export async function disconnectServer(): Promise<string> {
  set({ status: await tta().syncDisconnect() });
  return 'Disconnected from the server. Your records stay on this computer.';
}

/** Sync now: also how to try again after an error; resolves when the exchange finished or failed. */
export async function syncNow(): Promise<string | null> {
  const status = await tta().syncNow();
  set({ status });
  return status.error === null ? 'Your records and the server’s are the same now.' : null;
}

/** Share changes…: what the partner has not received yet (or everything), to a file encrypted with the passphrase. */
export async function shareChanges(input: { passphrase: string; partner: string; everything: boolean }): Promise<string | null> {
  const partner = input.partner.trim();
  const result = await tta().syncShareChanges({ passphrase: input.passphrase, ...(partner ? { partner } : {}), ...(input.everything ? { everything: true } : {}) });
  if (!result.savedTo) return null;
  return `Saved ${plural(result.documents, 'record change')} to ${result.savedTo}. Give the file to ${partner || 'the other coordinator'} and tell them the passphrase another way, for example by phone.`;
}

/** Receive changes…: a file from another coordinator; a wrong passphrase changes nothing. */
export async function receiveChanges(passphrase: string): Promise<string | null> {
  const result = await tta().syncReceiveChanges({ passphrase });
  if (!result.received) return null;
  await reloadRecords(true);
  await refreshSharing();
  const parts = [`Received ${plural(result.applied, 'new change')} from ${result.fileName}${result.from ? ` (shared by ${result.from})` : ''}.`];
  if (result.conflicts > 0) parts.push(`${plural(result.conflicts, 'record')} now ${result.conflicts === 1 ? 'has' : 'have'} two versions: choose which to keep in Conflicts.`);
  if (result.setAside > 0) parts.push(`${plural(result.setAside, 'change')} could not be used and ${result.setAside === 1 ? 'was' : 'were'} set aside; nothing of yours changed because of ${result.setAside === 1 ? 'it' : 'them'}.`);
  return parts.join(' ');
}

/** Keeps one version as it is; the others go, here and, once shared, everywhere. */
export async function keepVersion(conflict: SyncConflict, rev: string): Promise<string> {
  await resolve(conflict, { kind: 'keep', rev });
  const version = conflict.versions.find((v) => v.rev === rev);
  if (version?.deleted) return `${conflict.label} stays deleted.`;
  return `Kept ${version?.updatedBy ? `${version.updatedBy}’s` : 'the chosen'} version of ${conflict.label}.`;
}

/** Keeps, field by field, the value of the chosen version. */
export async function mergeVersions(conflict: SyncConflict, fields: Record<string, string>): Promise<string> {
  await resolve(conflict, { kind: 'merge', fields });
  return `Saved ${conflict.label} with the details you chose.`;
}

async function resolve(conflict: SyncConflict, resolution: { kind: 'keep'; rev: string } | { kind: 'merge'; fields: Record<string, string> }): Promise<void> {
  await tta().syncConflictResolve({ id: conflict.id, resolution, shownRevs: conflict.versions.map((v) => v.rev) });
  set({ conflicts: (get().conflicts ?? []).filter((c) => c.id !== conflict.id) });
  await reloadRecords(true);
  await refreshSharing();
}
