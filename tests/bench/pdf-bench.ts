import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildPlanPdfDefinition } from '../../main/services/pdf/plan-pdf-definition';
import { buildTranscriptPdfDefinition } from '../../main/services/pdf/transcript-pdf-definition';
import { buildTranscriptDocument } from '../../shared/compliance/transcript-document';
import { syntheticProfiles } from './compliance-bench';
import { renderPdf } from '../../main/services/pdf/write-pdf';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { Plan } from '../../shared/model/plan';
import { buildPlanDocument } from '../../shared/plans/plan-document';
import { buildPlanView, planViewContext } from '../../shared/plans/plan-view';
import { median, timeAlternating } from './stats';
import { syntheticUserData } from './user-data-fixture';

/** A SYNTHETIC 500-item plan over the real catalogue, two assignees per item, and its team. */
export function bigPlanInputs(catalogue: Catalogue) {
  const team = syntheticUserData({ members: 20, completions: 2000, catalogue });
  const plan: Plan = {
    id: 'p-bench',
    name: '[SYNTHETIC] 500-item benchmark plan',
    purpose: 'Benchmark of the PDF export; not a real plan.',
    audienceFocus: ['law-enforcement'],
    period: { start: '2026-01-01', end: '2026-12-31' },
    notes: '',
    archived: false,
    items: Array.from({ length: 500 }, (_, i) => {
      const t = catalogue.trainings[i % catalogue.trainings.length]!;
      return {
        id: `i-${i}`,
        trainingId: t.id,
        trainingTitle: t.title,
        assigneeIds: [team.members[i % 20]!.id, team.members[(i + 7) % 20]!.id],
        targetDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
        priority: 'medium',
        status: 'planned',
        notes: '',
      };
    }),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return { plan, team };
}

/** What the export does before pdfmake: the plan's view (progress, gaps) and its document. */
export function planDocument(catalogue: Catalogue, { plan, team }: ReturnType<typeof bigPlanInputs>) {
  const view = buildPlanView(plan, planViewContext({ members: team.members, completions: team.completions, catalogue, today: '2026-06-01' }));
  return buildPlanDocument(view, catalogue, { generatedAt: new Date('2026-06-01T12:00:00Z'), catalogue: catalogue.meta });
}

/** The same rows as a bare pdfmake table: what the library costs with no design at all. */
export function bareTable(rows: string[][]): TDocumentDefinitions {
  return { content: [{ table: { headerRows: 1, body: [['No.', 'Training', 'Assignees', 'Target', 'Priority', 'Status'], ...rows] } }] };
}

export async function benchPdf(catalogue: Catalogue, runs: number): Promise<{ planMs: number; baselineMs: number; pages: number }> {
  const inputs = bigPlanInputs(catalogue);
  const doc = planDocument(catalogue, inputs);
  const rows = doc.rows.map((r) => [String(r.no), `${r.title}\n${r.subtitle}`, r.assignees.map((a) => `${a.name}: ${a.progress}`).join('\n'), r.target, r.priority, r.status]);
  // The plan's view, its document and the pdfmake definition are built inside the timed run,
  // as the export builds them from the stored plan: building is part of the export.
  const [plan, baseline] = await timeAlternating(
    runs,
    () => renderPdf(buildPlanPdfDefinition(planDocument(catalogue, inputs))),
    () => renderPdf(bareTable(rows)),
  );
  const bytes = await renderPdf(buildPlanPdfDefinition(doc));
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { planMs: median(plan), baselineMs: median(baseline), pages };
}

/** A SYNTHETIC member with 300 completions over the real catalogue, and the SYNTHETIC requirement profiles. */
export function transcriptInputs(catalogue: Catalogue) {
  const data = syntheticUserData({ members: 1, completions: 300, catalogue, seed: 7 });
  return { data, profiles: syntheticProfiles(catalogue) };
}

/** What the export builds from the stored records: the transcript document (rows, totals, statuses). */
export function transcriptDocument(catalogue: Catalogue, { data, profiles }: ReturnType<typeof transcriptInputs>) {
  return buildTranscriptDocument({
    members: data.members,
    completions: data.completions,
    profiles,
    catalogue,
    warningDays: 90,
    generatedAt: 'Jun 1, 2026, 12:00 PM',
    today: '2026-06-01',
  });
}

/** A member's 300-completion transcript (document and definition built in the timed run) against a bare pdfmake table of the same rows. */
export async function benchTranscript(catalogue: Catalogue, runs: number): Promise<{ transcriptMs: number; baselineMs: number; pages: number }> {
  const inputs = transcriptInputs(catalogue);
  const doc = transcriptDocument(catalogue, inputs);
  const rows = doc.members[0]!.rows.map((r) => [r.date, r.title, r.provider, r.hours, r.creditHours, r.certificate, r.expires]);
  const bare = (): TDocumentDefinitions => ({ content: [{ table: { headerRows: 1, body: [['Date', 'Training', 'Provider', 'Hours', 'Credit', 'Certificate', 'Expires'], ...rows] } }] });
  const [transcript, baseline] = await timeAlternating(
    runs,
    () => renderPdf(buildTranscriptPdfDefinition(transcriptDocument(catalogue, inputs))),
    () => renderPdf(bare()),
  );
  const bytes = await renderPdf(buildTranscriptPdfDefinition(doc));
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { transcriptMs: median(transcript), baselineMs: median(baseline), pages };
}
