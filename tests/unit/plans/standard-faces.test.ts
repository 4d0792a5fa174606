import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { fitsStandardFace, helveticaPieces, helveticaWidthBound } from '../../../main/services/pdf/standard-faces';
import { allowLocalName } from '../../../main/services/pdf/pdfmake-offline';

const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
// pdfkit's own Helvetica (its AFM file, kerning included): what the PDF really draws.
const pdfkitHelvetica = new PDFDocument({ autoFirstPage: false }).font('Helvetica');
const drawnWidth = (text: string, size: number) => pdfkitHelvetica.fontSize(size).widthOfString(text);

describe('standard faces', () => {
  it('takes printable ASCII only: anything else stays in the embedded face', () => {
    expect(fitsStandardFace(ascii)).toBe(true);
    for (const text of ['café', 'a\u2019b', 'tab\there', 'line\nbreak', '\u2116', 'emoji \u{1F600}']) expect(fitsStandardFace(text)).toBe(false);
  });

  it('never measures text narrower than pdfkit draws it in Helvetica', () => {
    for (const ch of ascii) expect(helveticaWidthBound(ch, 10)).toBeCloseTo(drawnWidth(ch, 10), 6);
    for (const text of [ascii, 'https://www.nationalcac.org/forensic-interviewing-of-children-training/', 'AVAVAV WAWA To Ty', 'r. y, f. LT LY']) {
      expect(helveticaWidthBound(text, 8)).toBeGreaterThanOrEqual(drawnWidth(text, 8));
    }
    // Close to it, not wildly over: most characters are measured exactly.
    expect(helveticaWidthBound('https://www.nationalcac.org', 8)).toBeLessThan(drawnWidth('https://www.nationalcac.org', 8) * 1.15);
  });

  it('cuts an address into pieces that spell it and each fit the width, after a "/" where it can', () => {
    const url = 'https://scurrystreet.swoogo.com/justtrainingconference2025/session/3288889/roadmaps-understanding-sex-trafficking-through-survivors\'-stories-pre-registration-required';
    for (const width of [516, 300, 120, 20]) {
      const pieces = helveticaPieces(url, 8, width);
      expect(pieces.join('')).toBe(url);
      for (const piece of pieces) expect(drawnWidth(piece, 8)).toBeLessThanOrEqual(width);
    }
    expect(helveticaPieces(url, 8, 516)).toHaveLength(2);
    expect(helveticaPieces(url, 8, 516)[0]).toMatch(/[/-]$/);
    expect(helveticaPieces('https://www.nationalcac.org', 8, 516)).toEqual(['https://www.nationalcac.org']);
    expect(helveticaPieces('', 8, 516)).toEqual([]);
  });

  it('lets the PDF engine open the standard faces by name and no other local name', () => {
    expect(allowLocalName('Helvetica')).toBe(true);
    for (const name of ['/etc/hostname', 'Helvetica.afm', './Helvetica', 'Courier', 'Roboto-Regular.ttf']) expect(allowLocalName(name)).toBe(false);
  });
});
