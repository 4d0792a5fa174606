import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Catalogue } from '../../shared/catalogue/schema';
import { trainingFactsFor } from '../../shared/compliance/catalogue-facts';
import type { ComplianceMatrix } from '../../shared/compliance/matrix';
import { reminderEvents, remindersCsvText, remindersOf } from '../../shared/compliance/reminders';
import { buildComplianceReport, complianceReportCsvText } from '../../shared/compliance/report-document';
import { buildTranscriptDocument } from '../../shared/compliance/transcript-document';
import type { UserData } from '../../shared/model/user-data';
import { writeFileDurable } from './durable-file';
import { writePlanIcs } from './plan-ics';
import { UserFacingError } from './user-facing-error';

/*
 * Writing the compliance exports, each through the durable writer (a failed export never
 * leaves half a file). pdfmake and its fonts load on the first PDF, not at start-up.
 */

async function writePdf(definition: TDocumentDefinitions, path: string): Promise<void> {
  const { renderPdf } = await import('./pdf/write-pdf');
  await writeFileDurable(path, await renderPdf(definition));
}

export interface ExportContext {
  data: UserData;
  catalogue: Catalogue;
  today: string;
  /** The moment of writing, in words: printed on every page. */
  generatedAt: string;
}

/** Refuses (before any dialog) a transcript of members deleted since the screen showed them. */
export function checkTranscriptMembers(data: UserData, memberIds: readonly string[]): void {
  const known = new Set(data.members.map((m) => m.id));
  const missing = memberIds.filter((id) => !known.has(id));
  if (missing.length > 0) throw new UserFacingError(missing.length === 1 ? 'This member no longer exists. They may have been deleted.' : `${missing.length} of the chosen members no longer exist. They may have been deleted.`);
}

export async function writeTranscriptPdf(ctx: ExportContext, memberIds: readonly string[], path: string): Promise<void> {
  checkTranscriptMembers(ctx.data, memberIds);
  const byId = new Map(ctx.data.members.map((m) => [m.id, m]));
  const doc = buildTranscriptDocument({
    members: memberIds.map((id) => byId.get(id)!),
    completions: ctx.data.completions,
    profiles: ctx.data.profiles,
    catalogue: ctx.catalogue,
    warningDays: ctx.data.settings.expiryWarningDays,
    generatedAt: ctx.generatedAt,
    today: ctx.today,
  });
  const { buildTranscriptPdfDefinition } = await import('./pdf/transcript-pdf-definition');
  await writePdf(buildTranscriptPdfDefinition(doc), path);
}

export async function writeComplianceReport(ctx: ExportContext, matrix: ComplianceMatrix, format: 'pdf' | 'csv', path: string): Promise<void> {
  const facts = trainingFactsFor(ctx.catalogue);
  if (format === 'csv') {
    await writeFileDurable(path, complianceReportCsvText(matrix, facts, ctx.generatedAt));
    return;
  }
  const report = buildComplianceReport({ matrix, profiles: ctx.data.profiles, facts, catalogue: ctx.catalogue, warningDays: ctx.data.settings.expiryWarningDays, generatedAt: ctx.generatedAt });
  const { buildComplianceReportPdfDefinition } = await import('./pdf/compliance-report-pdf-definition');
  await writePdf(buildComplianceReportPdfDefinition(report), path);
}

/** Refuses before the save dialog when there is nothing to remind anyone of. */
export function remindersFor(ctx: Pick<ExportContext, 'catalogue'>, matrix: ComplianceMatrix) {
  const reminders = remindersOf(matrix, trainingFactsFor(ctx.catalogue));
  if (reminders.length === 0) throw new UserFacingError('Nothing is overdue or due soon, so there are no reminders to export.');
  return reminders;
}

export async function writeReminders(reminders: ReturnType<typeof remindersOf>, format: 'ics' | 'csv', path: string): Promise<void> {
  if (format === 'csv') await writeFileDurable(path, remindersCsvText(reminders));
  else await writePlanIcs(reminderEvents(reminders), 'Training compliance reminders', path);
}
