import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgendaDocument } from '../../../shared/curricula/agenda-document';
import { ACCENT, INK, MUTED, ruledRowsLayout } from './pdf-style';

/*
 * The agenda as a pdfmake document definition. Pure, like the plan's (plan-pdf-definition.ts):
 * tests inspect it and the writer only renders. Two faces, one running footer with page X of Y.
 */

const BREAK_FILL = '#f6f8fb';
const MARGIN_X = 48;

const rowsLayout = ruledRowsLayout(5, 4);

function paragraph(title: string, text: string): Content[] {
  return text.trim() === '' ? [] : [{ text: title, style: 'h2' }, { text: text.trim(), margin: [0, 0, 0, 4] }];
}

function dayTable(day: AgendaDocument['days'][number]): Content[] {
  const body: TableCell[][] = [['Time', 'Session', 'Presenter'].map((text) => ({ text, style: 'th' }))];
  for (const r of day.rows) {
    const time = { text: `${r.start}–${r.end}`, noWrap: true };
    if (r.kind === 'break') {
      body.push([{ ...time, color: MUTED, fillColor: BREAK_FILL }, { text: r.title, italics: false, color: MUTED, fillColor: BREAK_FILL }, { text: '', fillColor: BREAK_FILL }]);
      continue;
    }
    const lines: Content[] = [{ text: `${r.moduleNo}. ${r.title}`, bold: true }];
    if (r.method) lines.push({ text: r.method, color: MUTED, fontSize: 8 });
    if (r.objectives) lines.push({ text: [{ text: 'Objectives: ', bold: true }, r.objectives], fontSize: 8.5 });
    if (r.materials.length > 0) lines.push({ text: [{ text: 'Materials: ', bold: true }, r.materials.map((m) => m.title).join('; ')], fontSize: 8.5 });
    body.push([time, { stack: lines }, r.presenter]);
  }
  return [
    { text: `Day ${day.dayNo} · ${day.dateLabel} · ${day.start}–${day.end}`, style: 'h2' },
    day.rows.length > 0
      ? { table: { headerRows: 1, dontBreakRows: true, widths: [62, '*', 120], body }, layout: rowsLayout, fontSize: 9 }
      : { text: 'Nothing is scheduled on this day yet.', color: MUTED },
  ];
}

function materials(doc: AgendaDocument): Content[] {
  if (doc.materials.length === 0) return [];
  return [
    { text: 'Materials', style: 'h2' },
    { text: 'Each catalogue item links to its page or its source: check it before you rely on it.', color: MUTED, fontSize: 8.5, margin: [0, 0, 0, 4] },
    ...doc.materials.map(
      (m, i): Content => ({
        stack: [
          { text: [{ text: `${i + 1}. ${m.title}`, bold: true }, { text: `  ${m.kindLabel}${m.by ? ` · ${m.by}` : ''}`, color: MUTED, fontSize: 8 }] },
          ...(m.link ? [{ text: m.link, link: m.link, color: ACCENT, fontSize: 8.5 } as Content] : []),
          ...(m.note ? [{ text: m.note, fontSize: 8.5 } as Content] : []),
          { text: `Used in: ${m.modules.join('; ')}`, color: MUTED, fontSize: 8 },
        ],
        margin: [0, 0, 0, 6],
        unbreakable: true,
      }),
    ),
  ];
}

export function buildAgendaPdfDefinition(doc: AgendaDocument): TDocumentDefinitions {
  return {
    pageSize: 'LETTER',
    pageMargins: [MARGIN_X, 54, MARGIN_X, 54],
    info: { title: doc.title, subject: 'Training agenda', creator: 'TTA Navigator', producer: 'TTA Navigator' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: INK },
    styles: {
      eyebrow: { fontSize: 8, bold: true, color: ACCENT },
      title: { fontSize: 22, bold: true, margin: [0, 2, 0, 4] },
      h2: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
      th: { bold: true, fontSize: 8.5, color: INK },
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
      { text: 'TRAINING AGENDA', style: 'eyebrow' },
      { text: doc.title, style: 'title' },
      ...doc.facts.map((f): Content => ({ text: [{ text: `${f.label}: `, bold: true }, f.value] })),
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 80, y2: 0, lineWidth: 2.5, lineColor: ACCENT }], margin: [0, 10, 0, 4] },
      ...paragraph('Purpose', doc.purpose),
      ...paragraph('Learning objectives', doc.objectives),
      ...(doc.days.length > 0 ? doc.days.flatMap(dayTable) : [{ text: 'Schedule', style: 'h2' } as Content, { text: 'No days are scheduled yet.', color: MUTED }]),
      ...(doc.unscheduled.length > 0 ? [{ text: 'Not yet scheduled', style: 'h2' } as Content, { ul: doc.unscheduled }] : []),
      ...materials(doc),
    ],
  };
}
