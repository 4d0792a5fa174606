import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ComplianceReport, ReportProfile } from '../../../shared/compliance/report-document';
import { complianceStatusLabels, type ComplianceStatus } from '../../../shared/compliance/status';
import { ACCENT, INK, MUTED, ruledRowsLayout } from './pdf-style';

/*
 * The compliance report for the audit binder: per profile, its definition in words, then its
 * members × requirements, landscape, at most REQUIREMENTS_PER_TABLE columns per table so a
 * long profile continues in a second table instead of off the page. Statuses are words
 * (the bundled Roboto has no status symbols), never colour alone: reports are printed in greyscale.
 */

const MARGIN_X = 36;
const REQUIREMENTS_PER_TABLE = 5;
const TONES: Record<ComplianceStatus, string> = { current: INK, 'due-soon': '#996600', overdue: '#cc0000', 'not-started': INK, 'not-applicable': MUTED };

const layout = ruledRowsLayout(4, 3, '#cccccc');

function definition(p: ReportProfile): Content[] {
  return [
    { text: p.name, style: 'h2' },
    ...(p.description ? [{ text: p.description, margin: [0, 0, 0, 3] } as Content] : []),
    { text: [{ text: 'Applies to: ', bold: true }, p.appliesTo] },
    {
      ol: p.requirements.map((r) => ({
        text: [
          { text: `${r.title}. `, bold: true },
          r.rule,
          { text: `  Current ${r.counts.current}, due soon ${r.counts['due-soon']}, overdue ${r.counts.overdue}, not started ${r.counts['not-started']}.`, color: MUTED },
        ],
      })),
      margin: [0, 4, 0, 6],
    },
  ];
}

function matrixTables(p: ReportProfile): Content[] {
  if (p.rows.length === 0) return [{ text: 'No active member matches this profile.', color: MUTED }];
  if (p.requirements.length === 0) return [{ text: 'This profile has no requirements yet.', color: MUTED }];
  const out: Content[] = [];
  for (let from = 0; from < p.requirements.length; from += REQUIREMENTS_PER_TABLE) {
    const cols = p.requirements.slice(from, from + REQUIREMENTS_PER_TABLE).map((_, k) => from + k);
    const header: TableCell[] = [{ text: 'Member', style: 'th' }, ...cols.map((j) => ({ text: `${j + 1}. ${p.requirements[j]!.title}`, style: 'th' }))];
    const body: TableCell[][] = [header];
    for (const row of p.rows) {
      body.push([
        { text: [{ text: row.name, bold: true }, row.facts ? { text: `\n${row.facts}`, color: MUTED, fontSize: 7.5 } : ''] },
        ...cols.map((j): TableCell => {
          const cell = row.cells[j]!;
          return { text: cell.status === 'not-applicable' ? complianceStatusLabels[cell.status] : cell.text, color: TONES[cell.status], bold: cell.status === 'overdue' };
        }),
      ]);
    }
    out.push({ table: { headerRows: 1, dontBreakRows: true, widths: [150, ...cols.map(() => '*')], body }, layout, fontSize: 8, margin: [0, 0, 0, 8] });
  }
  return out;
}

export function buildComplianceReportPdfDefinition(report: ComplianceReport): TDocumentDefinitions {
  return {
    pageSize: 'LETTER',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN_X, 40, MARGIN_X, 48],
    info: { title: `Compliance report, ${report.statusOn}`, subject: 'Compliance report', creator: 'TTA Navigator', producer: 'TTA Navigator' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15, color: INK },
    styles: {
      eyebrow: { fontSize: 8, bold: true, color: ACCENT },
      title: { fontSize: 20, bold: true, margin: [0, 2, 0, 4] },
      h2: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 12, 0, 4] },
      th: { bold: true, fontSize: 7.5 },
    },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `Compliance report · status on ${report.statusOn} · Generated ${report.generatedAt} by TTA Navigator`, width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 7.5,
      color: MUTED,
      margin: [MARGIN_X, 18, MARGIN_X, 0],
    }),
    content: [
      { text: 'COMPLIANCE REPORT', style: 'eyebrow' },
      { text: `Who is current on ${report.statusOn}`, style: 'title' },
      {
        text: `${report.people} active member${report.people === 1 ? '' : 's'}: ${report.overduePeople} with something overdue, ${report.dueSoonPeople} more with something due within ${report.warningDays} days.`,
      },
      ...(report.profiles.length === 0 ? [{ text: 'No requirement profile is defined yet.', color: MUTED } as Content] : []),
      ...report.profiles.flatMap((p) => [...definition(p), ...matrixTables(p)]),
    ],
  };
}
