/*
 * PDF's standard faces the PDF engine uses beside the embedded Roboto. Every PDF reader
 * has them, so pdfkit draws them from the metrics it carries (AFM files): no shaping, no
 * subsetting, nothing embedded. That makes long reference text (web addresses) far
 * cheaper to lay out than in an embedded face, which fontkit shapes word by word and
 * subsets per document. Pure: no pdfmake here, so the build script can read the list.
 */

/** pdfmake font families made of standard faces: the name is pdfkit's (its AFM file). */
export const STANDARD_FONT_FAMILIES = {
  Helvetica: { normal: 'Helvetica' },
} as const;

/** The standard faces in use, by pdfkit's name: what the bundle carries and the only "files" the engine may open. */
export const standardFaceNames: readonly string[] = Object.values(STANDARD_FONT_FAMILIES).flatMap((family) => Object.values(family));

/**
 * Text a standard face can draw exactly: printable ASCII. pdfkit writes standard faces in
 * WinAnsi encoding, and a character outside it would print as a wrong glyph; such text
 * stays in the embedded face.
 */
export function fitsStandardFace(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/**
 * Helvetica's advance widths (1/1000 em) from ' ' (0x20) to '~' (0x7e) as pdfkit draws them:
 * its AFM file's, with "'" and "`" as WinAnsi's quotesingle and grave.
 */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** The largest kerning that widens a pair in Helvetica's AFM file (KPX). */
const HELVETICA_MAX_KERN = 60;

/** The widest printable-ASCII `text` can be in Helvetica at `size` pt, every pair counted at the largest widening kern. */
export function helveticaWidthBound(text: string, size: number): number {
  let units = Math.max(0, text.length - 1) * HELVETICA_MAX_KERN;
  for (let i = 0; i < text.length; i++) units += HELVETICA_WIDTHS[text.charCodeAt(i) - 0x20] ?? 1015;
  return (units * size) / 1000;
}

const BREAK_AFTER = new Set(['/', '-', '?', '&', '=', '.', '_', '#']);

/**
 * Cuts printable-ASCII text (a web address) into pieces that each fit `width` pt in
 * Helvetica at `size` pt, cutting after a separator such as "/" where one is in the
 * second half of a piece. The layout then sets each piece whole: pdfmake would otherwise
 * split an address at every "/", "-" and "." and lay out and draw each part on its own.
 */
export function helveticaPieces(text: string, size: number, width: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    // Grows the piece one character at a time, counting each at its width plus the largest kern.
    let end = start;
    let units = -HELVETICA_MAX_KERN;
    while (end < text.length) {
      const next = units + (HELVETICA_WIDTHS[text.charCodeAt(end) - 0x20] ?? 1015) + HELVETICA_MAX_KERN;
      if ((next * size) / 1000 > width) break;
      units = next;
      end++;
    }
    if (end === start) end = start + 1;
    if (end < text.length) {
      for (let cut = end; cut > start + (end - start) / 2; cut--) {
        if (BREAK_AFTER.has(text[cut - 1]!)) {
          end = cut;
          break;
        }
      }
    }
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}
