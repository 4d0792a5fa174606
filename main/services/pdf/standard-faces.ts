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
