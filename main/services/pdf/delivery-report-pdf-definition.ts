import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { figureDefinitions, type DeliveryReport } from '../../../shared/deliveries/delivery-report';
import type { ReportWords } from '../../../shared/deliveries/delivery-report-csv';
import { formatDate, formatPeriod } from '../../../shared/util/dates';
import { ACCENT, MUTED, ruledRowsLayout } from './pdf-style';

/*
 * The delivery report as a pdfmake definition: the period and generation date at the top,
 * each figure with its definition, the breakdowns (each a bar chart, its figures also as
 * text, as on screen) and sessions, page X of Y in the footer. Pure, like the plan's and
 * the agenda's.
 */

const MARGIN_X = 48;

const layout = ruledRowsLayout(5, 3);

function table(title: string, header: string[], rows: string[][], widths: (number | string)[], note?: string): Content[] {
  if (rows.length === 0) return [];
  const body: TableCell[][] = [header.map((text) => ({ text, bold: true })), ...rows];
  return [{ text: title, style: 'h2' }, ...(note ? [{ text: note, color: MUTED, fontSize: 8.5, margin: [0, 0, 0, 4] } as Content] : []), { table: { headerRows: 1, widths, body }, layout, fontSize: 9 }];
}

/** Width of the longest bar, in points; the others are drawn to the same scale. */
export const BAR_WIDTH = 180;
const BAR_HEIGHT = 8;

/**
 * A breakdown as a horizontal bar chart: per row its name, its figure as text (so nothing is
 * told by colour or length alone) and a bar whose length is the figure to one scale.
 */
function barChart(title: string, column: string, unit: string, rows: { label: string; value: number }[], note: string): Content[] {
  if (rows.length === 0) return [];
  const max = Math.max(1, ...rows.map((r) => r.value));
  const body: TableCell[][] = [
    [{ text: column, bold: true }, { text: unit, bold: true, alignment: 'right' }, { text: `Bars to scale (longest: ${max} ${unit.toLowerCase()})`, bold: true, color: MUTED }],
    ...rows.map((r): TableCell[] => [
      r.label,
      { text: String(r.value), alignment: 'right' },
      { canvas: [{ type: 'rect', x: 0, y: 2, w: Math.max(0.5, (r.value / max) * BAR_WIDTH), h: BAR_HEIGHT, color: ACCENT }] },
    ]),
  ];
  return [{ text: title, style: 'h2' }, { text: note, color: MUTED, fontSize: 8.5, margin: [0, 0, 0, 4] }, { table: { headerRows: 1, widths: ['*', 50, BAR_WIDTH + 4], body }, layout, fontSize: 9 }];
}

export function buildDeliveryReportPdfDefinition(report: DeliveryReport, words: ReportWords): TDocumentDefinitions {
  const period = formatPeriod(report.period);
  const totals: string[][] = [
    ['Sessions held', String(report.sessions), figureDefinitions.sessions],
    ['People trained', String(report.people), figureDefinitions.people],
    ['Training hours (sessions × hours)', String(report.sessionHours), figureDefinitions.sessionHours],
    ['Person-hours', String(report.personHours), figureDefinitions.personHours],
  ];
  const named = (s: string) => (s === '' ? 'Not recorded' : s);
  return {
    pageSize: 'LETTER',
    pageMargins: [MARGIN_X, 54, MARGIN_X, 54],
    info: { title: `Delivery report ${period}`, subject: 'Training delivery report', creator: 'TTA Navigator', producer: 'TTA Navigator' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: { h2: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 14, 0, 6] } },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `Delivery report · ${period} · Generated ${words.generatedOn}`, width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN_X, 20, MARGIN_X, 0],
    }),
    content: [
      { text: 'TRAINING DELIVERY REPORT', fontSize: 8, bold: true, color: ACCENT },
      { text: period, fontSize: 20, bold: true, margin: [0, 2, 0, 2] },
      { text: `Generated ${words.generatedOn}. A session counts in the period when its first day falls in it.`, color: MUTED },
      ...table('Totals', ['Figure', 'Value', 'Definition'], totals, [130, 50, '*']),
      ...barChart('People trained by audience', 'Audience', 'People', report.byAudience.map((a) => ({ label: a.audience === '' ? 'Not recorded' : words.audience(a.audience), value: a.people })), figureDefinitions.audiences),
      ...barChart('People trained by agency', 'Agency', 'People', report.byAgency.map((a) => ({ label: named(a.agency), value: a.people })), figureDefinitions.agencies),
      ...barChart('Topics covered', 'Topic', 'Sessions', report.topics.map((t) => ({ label: words.topic(t.topic), value: t.sessions })), figureDefinitions.topics),
      ...table(
        'Sessions',
        ['Dates', 'Training', 'Where', 'Hours', 'People', 'Person-hours'],
        report.rows.map((r) => [r.startDate === r.endDate ? formatDate(r.startDate) : `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`, r.title, r.where || '—', String(r.hours), String(r.people), String(r.personHours)]),
        [80, '*', 90, 34, 38, 50],
      ),
      ...(report.sessions === 0 ? [{ text: 'No sessions were delivered in this period.', margin: [0, 12, 0, 0] } as Content] : []),
    ],
  };
}
