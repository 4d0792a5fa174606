import type { ReportExportFormat } from '../../../shared/contract/delivery-channels';
import type { DeliveryReport } from '../../../shared/deliveries/delivery-report';
import type { ReportPeriod } from '../../../shared/deliveries/report-periods';
import type { Delivery, DeliveryFields } from '../../../shared/model/delivery';
import type { SavedSignInMapping } from '../../../shared/deliveries/sign-in-mapping';
import { useAppStore } from '../../app/app-store';
import { errorMessage } from '../../app/errors';
import { notify } from '../../app/notice-store';
import { tta } from '../../app/tta';
import { useTeamStore } from '../team/team-store';
import { useDeliveriesStore } from './deliveries-store';

/* Delivery reads and writes as the screens use them; refusals are thrown to the caller. */

const set = useDeliveriesStore.setState;

export async function loadDeliveries(): Promise<void> {
  try {
    set({ list: await tta().deliveriesList(), error: null });
  } catch (error) {
    set({ error: errorMessage(error) });
  }
}

export async function recordDelivery(fields: DeliveryFields): Promise<void> {
  const created = await tta().deliveryCreate(fields);
  notify(`Recorded the delivery of “${created.subject.title}”.`);
  await loadDeliveries();
}

/** Saves an edited delivery; Undo puts back the delivery as it was before the edit. */
export async function saveDelivery(before: Delivery, fields: DeliveryFields): Promise<void> {
  const saved = await tta().deliverySave({ ...fields, id: before.id, createdAt: before.createdAt, updatedAt: before.updatedAt });
  notify(`Saved the changes to the delivery of “${saved.subject.title}”.`, async () => {
    await tta().deliverySave(before);
    await loadDeliveries();
    return 'Undone: the delivery is as it was.';
  });
  await loadDeliveries();
}

export async function deleteDelivery(delivery: Delivery): Promise<void> {
  try {
    const { deleted } = await tta().deliveryDelete({ id: delivery.id });
    notify(`Deleted the delivery of “${deleted.subject.title}”.`, async () => {
      await tta().deliveryRestore({ delivery: deleted });
      await loadDeliveries();
      return 'Undone.';
    });
  } finally {
    await loadDeliveries();
  }
}

/** Gives each listed team member the completion; Undo removes exactly those records. */
export async function recordCompletionsFor(delivery: Delivery): Promise<void> {
  const { recorded, alreadyRecorded } = await tta().deliveryRecordCompletions({ id: delivery.id });
  // The team screens keep their own copy: patch it with exactly what was recorded.
  const team = useTeamStore.getState();
  if (team.status === 'ready') team.addCompletions(recorded);
  const already = alreadyRecorded > 0 ? ` ${alreadyRecorded} already had it.` : '';
  if (recorded.length === 0) {
    notify(`No new completions:${already}`);
    return;
  }
  notify(`Recorded the completion for ${recorded.length === 1 ? '1 team member' : `${recorded.length} team members`}.${already}`, async () => {
    const ids = recorded.map((c) => c.id);
    await tta().completionsDelete({ ids });
    const now = useTeamStore.getState();
    if (now.status === 'ready') now.removeCompletions(ids);
    return 'Undone.';
  });
}

export async function deliveryReport(period: ReportPeriod): Promise<DeliveryReport> {
  return tta().deliveryReport(period);
}

export async function exportReport(period: ReportPeriod, format: ReportExportFormat): Promise<string | null> {
  return (await tta().deliveryReportExport({ period, format })).savedTo;
}

/** Saves (or replaces, by name or header row) a sign-in sheet mapping in Settings, so the same header row brings it back. */
export async function saveSignInMapping(saved: SavedSignInMapping): Promise<void> {
  const app = useAppStore.getState();
  const others = (app.settings?.signInMappings ?? []).filter((m) => m.name !== saved.name && m.headerKey !== saved.headerKey);
  await app.updateSettings({ signInMappings: [...others, saved].slice(-50) });
  const error = useAppStore.getState().error;
  if (error) throw new Error(error);
}
