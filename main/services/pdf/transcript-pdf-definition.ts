import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { TranscriptDocument, TranscriptMember, TranscriptRow, TranscriptTotal } from '../../../shared/compliance/transcript-document';
import { ACCENT, INK, MUTED, ruledRowsLayout } from './pdf-style';

/*
 * Training transcripts as a pdfmake definition: one member per section, each starting on a
 * new page. Pure, like the plan's (plan-pdf-definition.ts), and lean for the same reasons:
 * flat text cells, two faces, styling by layout functions, colours pdfkit writes briefly;
 * measured against a bare table of the same rows by `npm run bench` (pdf.transcript_ms).
 */

const MARGIN_X = 40;

const rowsLayout = ruledRowsLayout(4, 3, '#cccccc');

const th = (text: string): TableCell => ({ text, style: 'th' });

function table(widths: (number | string)[], header: string[], body: TableCell[][]): Content {
  return { table: { headerRows: 1, widths, body: [header.map(th), ...body] }, layout: rowsLayout, fontSize: 8.5 };
}

function totalsTable(title: string, rows: TranscriptTotal[], total: TranscriptTotal): Content {
  const credit = rows.some((r) => r.creditHours !== '');
  const line = (t: TranscriptTotal, bold = false): TableCell[] => [
    { text: t.label, bold },
    { text: String(t.count), alignment: 'right', bold },
    { text: t.hours, alignment: 'right', bold },
    ...(credit ? [{ text: t.creditHours, alignment: 'right', bold } as TableCell] : []),
  ];
  return table(['*', 50, 50, ...(credit ? [60] : [])], [title, 'Trainings', 'Hours', ...(credit ? ['Credit hours'] : [])], [...rows.map((r) => line(r)), line(total, true)]);
}

/** The certificate's number, and whether a copy is kept with the record (an auditor may ask to see it). */
function certificateCell(r: TranscriptRow): TableCell {
  if (!r.certificateOnFile) return r.certificate;
  return { text: r.certificate === '' ? ON_FILE : `${r.certificate}\n${ON_FILE}` };
}

const ON_FILE = 'Certificate on file';

function memberSection(m: TranscriptMember, doc: TranscriptDocument, first: boolean): Content[] {
  const completions: Content =
    m.rows.length === 0
      ? { text: 'No training recorded.', color: MUTED }
      : table(
          [58, '*', 92, 34, 34, 70, 58],
          ['Date', 'Training', 'Provider', 'Hours', 'Credit', 'Certificate', 'Expires'],
          m.rows.map((r) => [r.date, r.title, r.provider, { text: r.hours, alignment: 'right' }, { text: r.creditHours, alignment: 'right' }, certificateCell(r), r.expires]),
        );
  const requirements: Content =
    m.requirements.length === 0
      ? { text: 'No requirement profile applies to this member.', color: MUTED }
      : table(
          [100, '*', 56, 170],
          ['Profile', 'Requirement', 'Status', 'Details'],
          m.requirements.map((r) => [r.profile, r.requirement, { text: r.status, bold: true }, r.detail]),
        );
  return [
    { text: 'TRAINING TRANSCRIPT', style: 'eyebrow', ...(first ? {} : { pageBreak: 'before' as const }) },
    { text: m.name, style: 'title' },
    { text: m.facts || ' ', color: MUTED },
    { text: 'Completed training', style: 'h2' },
    completions,
    { text: 'Hours not recorded count as none in the totals.', color: MUTED, fontSize: 7.5, margin: [0, 3, 0, 0] },
    {
      columns: [totalsTable('Year', m.byYear, m.total), totalsTable('Program family', m.byFamily, m.total)],
      columnGap: 16,
      margin: [0, 12, 0, 0],
    },
    { text: `Requirements on ${doc.statusOn}`, style: 'h2' },
    requirements,
    {
      stack: [
        { text: 'Attestation', style: 'h2' },
        { text: `I attest that this transcript is a true and complete copy of the training records held for ${m.name} on ${doc.statusOn}.` },
        {
          columns: [
            { stack: [{ text: ' ', margin: [0, 22, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.7 }] }, { text: 'Signature', color: MUTED, fontSize: 8 }] },
            { stack: [{ text: ' ', margin: [0, 22, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.7 }] }, { text: 'Name and title', color: MUTED, fontSize: 8 }] },
            { stack: [{ text: ' ', margin: [0, 22, 0, 0] }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 90, y2: 0, lineWidth: 0.7 }] }, { text: 'Date', color: MUTED, fontSize: 8 }] },
          ],
          columnGap: 14,
        },
      ],
      unbreakable: true,
    },
  ];
}

export function buildTranscriptPdfDefinition(doc: TranscriptDocument): TDocumentDefinitions {
  const title = doc.members.length === 1 ? `Training transcript: ${doc.members[0]!.name}` : `Training transcripts (${doc.members.length} members)`;
  return {
    pageSize: 'LETTER',
    pageMargins: [MARGIN_X, 48, MARGIN_X, 54],
    info: { title, subject: 'Training transcript', creator: 'TTA Navigator', producer: 'TTA Navigator' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15, color: INK },
    styles: {
      eyebrow: { fontSize: 8, bold: true, color: ACCENT },
      title: { fontSize: 20, bold: true, margin: [0, 2, 0, 2] },
      h2: { fontSize: 11.5, bold: true, color: ACCENT, margin: [0, 14, 0, 5] },
      th: { bold: true, fontSize: 8 },
    },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `Training transcript · Generated ${doc.generatedAt} by TTA Navigator · ${doc.catalogueLabel}`, width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 7.5,
      color: MUTED,
      margin: [MARGIN_X, 20, MARGIN_X, 0],
    }),
    content: doc.members.flatMap((m, i) => memberSection(m, doc, i === 0)),
  };
}
