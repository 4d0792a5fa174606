import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PlanDocument, ProviderContact } from '../../../shared/plans/plan-document';
import { isHttpsUrl } from '../../../shared/util/urls';
import { fitsStandardFace, helveticaPieces } from './standard-faces';

/*
 * The plan as a pdfmake document definition. Pure: same input, same definition, no
 * I/O, so tests can inspect it and the writer only renders. Kept lean for 500-item
 * plans (measured by `npm run bench`):
 * - one flat text cell per column, table styling by layout functions, no images;
 * - two embedded faces (regular and bold), as every face is parsed and subset per document;
 * - web addresses in the standard Helvetica, cut into pieces that fit a line and set whole:
 *   left to pdfmake, an address is split at every "/", "-" and ".", and each part is laid
 *   out and drawn on its own (most of the provider section's cost, measured).
 * - one running line, the footer, as pdfmake lays out header and footer on every page;
 * - colours whose RGB parts are multiples of 51 (or black): pdfkit writes each word's
 *   colour as r/255 decimals, and #1b2430 costs ~60 bytes per word where these cost ~12.
 */

const INK = 'black';
const MUTED = '#666666';
const ACCENT = '#3366cc';
const RULE = '#d3d9e1';
const HEADER_FILL = '#e8eef8';
const ZEBRA = '#f6f8fb';
const MARGIN_X = 48;
const TONES = { done: '#006633', planned: INK, overdue: '#cc0000', cancelled: MUTED } as const;

/** Light rules between rows, a tinted header row, zebra stripes; no vertical lines. */
const itemsLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 1 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? ACCENT : RULE),
  fillColor: (row) => (row === 0 ? HEADER_FILL : row % 2 === 0 ? ZEBRA : null),
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

const figuresLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : 6),
  vLineColor: () => '#ffffff',
  fillColor: () => HEADER_FILL,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 8,
  paddingBottom: () => 8,
};

function heading(text: string): Content {
  return { text, style: 'h2' };
}

function itemsTable(doc: PlanDocument): Content {
  const header: TableCell[] = ['#', 'Training', 'Assigned to and progress', 'Target', 'Priority', 'Status'].map((text) => ({ text, style: 'th' }));
  const body: TableCell[][] = [header];
  for (const row of doc.rows) {
    body.push([
      { text: String(row.no), color: MUTED },
      row.subtitle ? { text: [{ text: row.title, bold: true }, { text: `\n${row.subtitle}`, color: MUTED, fontSize: 8 }] } : { text: row.title, bold: true },
      row.assignees.length > 0
        ? { text: row.assignees.flatMap((a, i) => [`${i > 0 ? '\n' : ''}${a.name}: `, { text: a.progress, color: TONES[a.tone], bold: a.tone === 'overdue' }]) }
        : { text: 'Nobody assigned yet', color: MUTED },
      row.target,
      row.priority,
      row.status,
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [16, '*', 150, 62, 44, 56], body },
    layout: itemsLayout,
    fontSize: 9,
  };
}

function figures(doc: PlanDocument): Content {
  return {
    table: {
      widths: doc.figures.map(() => '*'),
      body: [doc.figures.map((f) => ({ text: [{ text: `${f.value}\n`, style: 'figure' }, { text: f.label.toUpperCase(), style: 'figureLabel' }] }))],
    },
    layout: figuresLayout,
    margin: [0, 4, 0, 14],
  };
}

function membersTable(doc: PlanDocument): Content[] {
  if (doc.members.length === 0) return [];
  const body: TableCell[][] = [['Member', 'Done', 'Planned', 'Overdue'].map((text) => ({ text, style: 'th' }))];
  for (const m of doc.members) body.push([m.name, String(m.done), String(m.planned), String(m.overdue)]);
  return [heading('Progress by member'), { table: { headerRows: 1, widths: ['*', 60, 60, 60], body }, layout: itemsLayout, fontSize: 9 }];
}

/** pdfmake's family of the standard Helvetica (main/services/pdf/standard-faces.ts). */
const REFERENCE_FONT = 'Helvetica';
const GAP = '   ';
const CONTENT_WIDTH = 612 - 2 * MARGIN_X;

/**
 * A web address as printed: clickable when it is https (the catalogue's are). In Helvetica,
 * whose widths are known here, it is cut into pieces that each fit a line; an address with
 * a character Helvetica cannot draw stays in the embedded face and wraps as pdfmake sees fit.
 */
function address(url: string, fontSize: number): Content[] {
  const link = isHttpsUrl(url) ? { link: url } : {};
  if (!fitsStandardFace(url)) return [{ text: url, ...link }];
  return helveticaPieces(url, fontSize, CONTENT_WIDTH).map((piece) => ({ text: piece, font: REFERENCE_FONT, noWrap: true, ...link }));
}

function addresses(urls: readonly string[], fontSize: number): Content[] {
  return urls.flatMap((url, i) => [...(i === 0 ? [] : [GAP]), ...address(url, fontSize)]);
}

function contactLines(p: ProviderContact): Content[] {
  const lines: Content[] = [{ text: p.name, bold: true, margin: [0, 6, 0, 1] }];
  if (p.trainings.length > 0) lines.push({ text: `For: ${p.trainings.join('; ')}`, color: MUTED, fontSize: 8.5 });
  lines.push(p.howToRequest ? { text: [{ text: 'How to request: ', bold: true }, p.howToRequest] } : { text: 'The sources do not say how to request; contact the provider.', color: MUTED });
  const contact = [p.phone ? `Phone ${p.phone}` : '', p.email ? `Email ${p.email}` : '', p.text ?? ''].filter(Boolean);
  if (contact.length > 0) lines.push({ text: contact.join(' · ') });
  const links = [p.url, p.website].filter((u): u is string => Boolean(u));
  if (links.length > 0) lines.push({ text: addresses(links, 8.5), color: ACCENT, fontSize: 8.5 });
  if (p.sources.length > 0) lines.push({ text: [{ text: 'Sources: ', bold: true, color: MUTED }, ...addresses(p.sources, 8)], fontSize: 8 });
  return [{ stack: lines, unbreakable: true }];
}

/*
 * Sources sit under their provider, each page once: one list per training repeated the
 * same pages (106 links for 84 trainings of the catalogue, 67 distinct) and made the
 * PDF longer and slower to render without telling the reader more.
 */
function providers(doc: PlanDocument): Content[] {
  if (doc.providers.length === 0) return [];
  return [
    heading('Providers: contacts, how to request, and sources'),
    { text: 'Facts about each training in this plan come from the sources listed under its provider. Check them before you rely on dates or costs.', color: MUTED, fontSize: 8.5, margin: [0, 0, 0, 2] },
    ...doc.providers.flatMap(contactLines),
  ];
}

function paragraphSection(title: string, text: string): Content[] {
  return text.trim() === '' ? [] : [heading(title), { text: text.trim(), margin: [0, 0, 0, 4] }];
}

export function buildPlanPdfDefinition(doc: PlanDocument): TDocumentDefinitions {
  const focus = doc.audienceFocus.length > 0 ? [{ text: [{ text: 'Audience focus: ', bold: true }, doc.audienceFocus.join(', ')], margin: [0, 2, 0, 0] } as Content] : [];
  return {
    pageSize: 'LETTER',
    pageMargins: [MARGIN_X, 54, MARGIN_X, 54],
    info: { title: doc.title, subject: 'Training plan', creator: 'TTA Navigator', producer: 'TTA Navigator' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: INK },
    styles: {
      eyebrow: { fontSize: 8, bold: true, color: ACCENT },
      title: { fontSize: 22, bold: true, margin: [0, 2, 0, 2] },
      period: { fontSize: 11, color: MUTED },
      h2: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
      th: { bold: true, fontSize: 8.5, color: INK },
      figure: { fontSize: 16, bold: true, color: INK },
      figureLabel: { fontSize: 7, color: MUTED },
    },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `${doc.title} · Generated ${doc.generatedOn} · ${doc.catalogueLabel}`, width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN_X, 20, MARGIN_X, 0],
    }),
    content: [
      { text: doc.archived ? 'TRAINING PLAN · ARCHIVED' : 'TRAINING PLAN', style: 'eyebrow' },
      { text: doc.title, style: 'title' },
      { text: doc.periodLabel, style: 'period' },
      ...focus,
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 80, y2: 0, lineWidth: 2.5, lineColor: ACCENT }], margin: [0, 10, 0, 10] },
      ...paragraphSection('Purpose', doc.purpose),
      figures(doc),
      heading('Training items'),
      doc.rows.length > 0 ? itemsTable(doc) : { text: 'This plan has no items yet.', color: MUTED },
      ...membersTable(doc),
      ...providers(doc),
      ...paragraphSection('Notes', doc.notes),
    ],
  };
}
