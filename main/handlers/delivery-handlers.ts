import type { deliveryChannels, ReportExportFormat } from '../../shared/contract/delivery-channels';
import type { Delivery, DeliveryFields } from '../../shared/model/delivery';
import { buildDeliveryReport } from '../../shared/deliveries/delivery-report';
import { deliveryReportCsvText, type ReportWords } from '../../shared/deliveries/delivery-report-csv';
import type { ReportPeriod } from '../../shared/deliveries/report-periods';
import { formatDate, localIsoDate } from '../../shared/util/dates';
import { createTrainingLookup } from '../../shared/team/training-lookup';
import type { CompletionDraft } from '../../shared/model/team';
import type { ApiServices } from '../api-services';
import { writeFileDurable } from '../services/durable-file';
import { newRecordId } from '../services/record-ids';
import { recordCompletions } from '../services/team-writes';
import { UserFacingError } from '../services/user-facing-error';
import type { HandlersFor } from './handler-types';

const GONE = 'This delivery no longer exists. It may have been deleted.';

const exportKinds: Record<ReportExportFormat, { title: string; filter: string; extension: string }> = {
  pdf: { title: 'Export the delivery report as PDF', filter: 'PDF document', extension: 'pdf' },
  csv: { title: 'Export the delivery report as CSV', filter: 'CSV spreadsheet', extension: 'csv' },
};

export function createDeliveryHandlers(services: ApiServices): HandlersFor<typeof deliveryChannels> {
  const { store, catalogue } = services;

  function find(id: string): Delivery {
    const found = store.data().deliveries.find((d) => d.id === id);
    if (!found) throw new UserFacingError(GONE);
    return found;
  }

  /** What a delivery names must exist: its curriculum or catalogue training, and every member it lists (or held before). */
  function checkReferences(fields: DeliveryFields, before?: Delivery): void {
    const data = store.data();
    const { subject } = fields;
    const sameSubject = before !== undefined && JSON.stringify(before.subject) === JSON.stringify(subject);
    if (!sameSubject) {
      if (subject.kind === 'curriculum' && !data.curricula.some((c) => c.id === subject.curriculumId)) {
        throw new UserFacingError('The curriculum this delivery names no longer exists. Choose another.');
      }
      if (subject.kind === 'training' && !catalogue.current().trainings.some((t) => t.id === subject.trainingId)) {
        throw new UserFacingError(`The catalogue has no training ${subject.trainingId}. Choose one from the catalogue.`);
      }
    }
    if (fields.attendance.kind !== 'list') return;
    const members = new Set(data.members.map((m) => m.id));
    const held = new Set(before?.attendance.kind === 'list' ? before.attendance.attendees.flatMap((a) => (a.memberId ? [a.memberId] : [])) : []);
    fields.attendance.attendees.forEach((a, i) => {
      if (a.memberId && !members.has(a.memberId) && !held.has(a.memberId)) {
        throw new UserFacingError(`Attendee ${i + 1} (${a.name}) is linked to a team member who no longer exists. Link them again or remove the link.`);
      }
    });
  }

  /** The subject's title as the app knows it now: the curriculum's or the catalogue's. */
  function withTitle<T extends DeliveryFields>(fields: T): T {
    const { subject } = fields;
    const title =
      subject.kind === 'curriculum'
        ? store.data().curricula.find((c) => c.id === subject.curriculumId)?.title
        : catalogue.current().trainings.find((t) => t.id === subject.trainingId)?.title;
    return title === undefined ? fields : { ...fields, subject: { ...subject, title } };
  }

  function words(): ReportWords {
    const { vocabularies } = catalogue.current();
    const label = (list: readonly { id: string; label: string }[]) => (id: string) => list.find((t) => t.id === id)?.label ?? id;
    return { audience: label(vocabularies.audiences), topic: label(vocabularies.topics), generatedOn: formatDate(localIsoDate(services.now())) };
  }

  async function exportReport(period: ReportPeriod, format: ReportExportFormat): Promise<string | null> {
    const report = buildDeliveryReport(store.data().deliveries, period);
    const kind = exportKinds[format];
    const path = await services.dialogs.chooseSaveFile({
      title: kind.title,
      defaultName: `delivery-report-${period.start}-to-${period.end}.${kind.extension}`,
      filters: [{ name: kind.filter, extensions: [kind.extension] }],
    });
    if (!path) return null;
    if (format === 'csv') {
      await writeFileDurable(path, deliveryReportCsvText(report, words()));
    } else {
      // pdfmake and its fonts are loaded on the first export, not at every start-up.
      const [{ renderPdf }, { buildDeliveryReportPdfDefinition }] = await Promise.all([import('../services/pdf/write-pdf'), import('../services/pdf/delivery-report-pdf-definition')]);
      await writeFileDurable(path, await renderPdf(buildDeliveryReportPdfDefinition(report, words())));
    }
    return path;
  }

  return {
    async deliveriesList() {
      return store.data().deliveries;
    },
    async deliveryCreate(fields) {
      checkReferences(fields);
      const nowIso = services.now().toISOString();
      const delivery: Delivery = { ...withTitle(fields), id: newRecordId('delivery'), createdAt: nowIso, updatedAt: nowIso };
      await store.update((d) => {
        d.deliveries = [...d.deliveries, delivery];
      });
      return delivery;
    },
    async deliverySave(next) {
      const before = find(next.id);
      checkReferences(next, before);
      const stamped: Delivery = { ...withTitle(next), createdAt: before.createdAt, updatedAt: services.now().toISOString() };
      await store.update((d) => {
        if (!d.deliveries.some((x) => x.id === next.id)) throw new UserFacingError(GONE);
        d.deliveries = d.deliveries.map((x) => (x.id === next.id ? stamped : x));
      });
      return stamped;
    },
    async deliveryDelete({ id }) {
      const deleted = find(id);
      await store.update((d) => {
        d.deliveries = d.deliveries.filter((x) => x.id !== id);
      });
      return { deleted };
    },
    async deliveryRestore({ delivery }) {
      if (store.data().deliveries.some((d) => d.id === delivery.id)) throw new UserFacingError('This delivery is already there.');
      checkReferences(delivery, delivery);
      await store.update((d) => {
        d.deliveries = [...d.deliveries, delivery];
      });
      return delivery;
    },
    async deliveryRecordCompletions({ id }) {
      const delivery = find(id);
      if (delivery.attendance.kind !== 'list') throw new UserFacingError('This delivery records attendance as counts: list the attendees (or import the sign-in sheet) to give team members the completion.');
      const memberIds = [...new Set(delivery.attendance.attendees.flatMap((a) => (a.memberId ? [a.memberId] : [])))];
      if (memberIds.length === 0) throw new UserFacingError('No attendee is linked to a team member.');
      const { subject } = delivery;
      const draft: CompletionDraft =
        subject.kind === 'training'
          ? { training: { kind: 'catalogue', trainingId: subject.trainingId }, completedOn: delivery.endDate, hours: delivery.hours }
          : { training: { kind: 'custom', title: subject.title.slice(0, 300), provider: '' }, completedOn: delivery.endDate, hours: delivery.hours };
      // Never twice: a member who already has this training on this day is skipped.
      const has = new Set(
        store
          .data()
          .completions.filter((c) => c.completedOn === delivery.endDate && (subject.kind === 'training' ? c.trainingId === subject.trainingId : c.custom?.title === subject.title.slice(0, 300)))
          .map((c) => c.memberId),
      );
      const pending = memberIds.filter((m) => !has.has(m));
      const recorded =
        pending.length === 0
          ? []
          : await recordCompletions({ store, trainings: () => createTrainingLookup(catalogue.current()), newId: newRecordId, now: services.now }, pending, draft);
      return { recorded, alreadyRecorded: memberIds.length - pending.length };
    },
    async deliveryReport(period) {
      return buildDeliveryReport(store.data().deliveries, period);
    },
    async deliveryReportExport({ period, format }) {
      return { savedTo: await exportReport(period, format) };
    },
  };
}
