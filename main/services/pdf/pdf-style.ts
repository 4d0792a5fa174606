import type { CustomTableLayout } from 'pdfmake/interfaces';

/** The colours every report PDF shares (the plan PDF's palette). */
export const INK = 'black';
export const MUTED = '#666666';
export const ACCENT = '#3366cc';
export const HEADER_FILL = '#e8eef8';
export const LIGHT_RULE = '#d3d9e1';

/** Light rules between rows, an accent rule under a tinted header row, no vertical lines. */
export function ruledRowsLayout(padX: number, padY: number, rule: string = LIGHT_RULE): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 1 : 0.5),
    vLineWidth: () => 0,
    hLineColor: (i) => (i === 1 ? ACCENT : rule),
    fillColor: (row) => (row === 0 ? HEADER_FILL : null),
    paddingLeft: () => padX,
    paddingRight: () => padX,
    paddingTop: () => padY,
    paddingBottom: () => padY,
  };
}
