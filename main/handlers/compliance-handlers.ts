import type { complianceChannels } from '../../shared/contract/compliance-channels';
import { formatMoment, localIsoDate } from '../../shared/util/dates';
import type { ApiServices } from '../api-services';
import { digestOf, matrixOf } from '../services/compliance-digest';
import { checkTranscriptMembers, remindersFor, writeComplianceReport, writeReminders, writeTranscriptPdf, type ExportContext } from '../services/compliance-exports';
import * as writes from '../services/profile-writes';
import { newRecordId } from '../services/record-ids';
import type { HandlersFor } from './handler-types';

const exportKinds = {
  transcript: { title: 'Save the training transcript', filter: 'PDF document', extension: 'pdf', name: 'training-transcript' },
  reportPdf: { title: 'Save the compliance report', filter: 'PDF document', extension: 'pdf', name: 'compliance-report' },
  reportCsv: { title: 'Save the compliance matrix as CSV', filter: 'CSV spreadsheet', extension: 'csv', name: 'compliance-report' },
  remindersIcs: { title: 'Save the reminders for a calendar', filter: 'iCalendar file', extension: 'ics', name: 'compliance-reminders' },
  remindersCsv: { title: 'Save the reminders for a mail merge', filter: 'CSV spreadsheet', extension: 'csv', name: 'compliance-reminders' },
} as const;

/** Neutral names: what the file is and when, never whose (names end up in recent-file lists and mail). */
export const complianceExportName = (kind: keyof typeof exportKinds, today: string): string => `${exportKinds[kind].name}-${today}.${exportKinds[kind].extension}`;

export function createComplianceHandlers(services: ApiServices): HandlersFor<typeof complianceChannels> {
  const { store } = services;
  const deps: writes.ProfileWriteDeps = {
    store,
    catalogue: () => services.catalogue.current(),
    newId: newRecordId,
    now: services.now,
  };
  const today = () => localIsoDate(services.now());
  // The day main last raised a system notification: at most one a day, however often the renderer asks.
  let notifiedOn: string | null = null;

  const exportContext = (): ExportContext => ({ data: store.data(), catalogue: services.catalogue.current(), today: today(), generatedAt: formatMoment(services.now().toISOString()) });
  const matrixNow = () => matrixOf(store.data(), services.catalogue.current(), today());
  async function chooseFile(kind: keyof typeof exportKinds): Promise<string | null> {
    const k = exportKinds[kind];
    return services.dialogs.chooseSaveFile({ title: k.title, defaultName: complianceExportName(kind, today()), filters: [{ name: k.filter, extensions: [k.extension] }] });
  }
  return {
    async profilesList() {
      return { profiles: store.data().profiles, today: today() };
    },
    profileSave: ({ id, draft }) => writes.saveProfile(deps, id, draft),
    profileDelete: ({ id }) => writes.deleteProfile(deps, id),
    profileRestore: ({ profile }) => writes.restoreProfile(deps, profile),
    async complianceDigest() {
      const data = store.data();
      const cat = services.catalogue.current();
      return digestOf(matrixOf(data, cat, today()), cat, data.settings.expiryWarningDays);
    },
    async complianceDailyReminder() {
      const data = store.data();
      const cat = services.catalogue.current();
      const digest = digestOf(matrixOf(data, cat, today()), cat, data.settings.expiryWarningDays);
      const due = digest.overduePeople + digest.dueSoonPeople;
      let notified = false;
      if (data.settings.osNotifications && services.notify && due > 0 && notifiedOn !== digest.today) {
        notifiedOn = digest.today;
        notified = true;
        const parts = [digest.overduePeople > 0 ? `${digest.overduePeople} ${digest.overduePeople === 1 ? 'person has' : 'people have'} training overdue` : '', digest.dueSoonPeople > 0 ? `${digest.dueSoonPeople} more ${digest.dueSoonPeople === 1 ? 'has' : 'have'} training due within ${digest.warningDays} days` : ''];
        services.notify('Training compliance', `${parts.filter(Boolean).join('; ')}. Open Compliance in TTA Navigator for the names.`);
      }
      return { ...digest, notified };
    },
    async transcriptExport({ memberIds }) {
      checkTranscriptMembers(store.data(), memberIds);
      const path = await chooseFile('transcript');
      if (!path) return { savedTo: null };
      await writeTranscriptPdf(exportContext(), memberIds, path);
      return { savedTo: path };
    },
    async complianceReportExport({ format }) {
      const path = await chooseFile(format === 'pdf' ? 'reportPdf' : 'reportCsv');
      if (!path) return { savedTo: null };
      await writeComplianceReport(exportContext(), matrixNow(), format, path);
      return { savedTo: path };
    },
    async remindersExport({ format }) {
      const reminders = remindersFor(exportContext(), matrixNow());
      const path = await chooseFile(format === 'ics' ? 'remindersIcs' : 'remindersCsv');
      if (!path) return { savedTo: null };
      await writeReminders(reminders, format, path);
      return { savedTo: path };
    },
  };
}
