import { inflateSync } from 'node:zlib';

export interface DrawnRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The rectangles a PDF fills in one RGB colour, in drawing order, read from its content
 * streams (pdfkit writes `x y w h re`, the fill colour, then `f`). pdf.js's operator list
 * cannot be used under Node 20 (it needs ArrayBuffer.transferToFixedLength).
 */
export function filledRects(pdf: Uint8Array, rgb: readonly [number, number, number]): DrawnRect[] {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString('latin1');
  const colour = rgb.map((c) => String(Number((c / 255).toFixed(4)))).join(' ');
  const rects: DrawnRect[] = [];
  const stream = /stream\r?\n/g;
  for (let m = stream.exec(raw); m; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    let text: string;
    try {
      text = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue; // not a compressed content stream (a font, an image)
    }
    const fill = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\n\/DeviceRGB cs\n([\d.]+ [\d.]+ [\d.]+) scn\n(?:\/Gs\d+ gs\n)?f\n/g;
    for (let r = fill.exec(text); r; r = fill.exec(text)) {
      const drawn = r[5]!.split(' ').map((c) => String(Number(Number(c).toFixed(4)))).join(' ');
      if (drawn === colour) rects.push({ x: Number(r[1]), y: Number(r[2]), w: Number(r[3]), h: Number(r[4]) });
    }
  }
  return rects;
}
