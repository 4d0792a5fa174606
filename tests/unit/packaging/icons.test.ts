import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BUILD = fileURLToPath(new URL('../../../build/', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or an error when the bytes are not a PNG. */
function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Reads an .ico the way Windows does: a directory of entries pointing at image data. */
function readIco(ico: Buffer): { declared: number; png: Buffer }[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const width = ico.readUInt8(at) || 256;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    expect(offset + length).toBeLessThanOrEqual(ico.length);
    return { declared: width, png: ico.subarray(offset, offset + length) };
  });
}

/** Reads an .icns: a big-endian length-prefixed list of typed elements. */
function readIcns(icns: Buffer): { type: string; png: Buffer }[] {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const elements: { type: string; png: Buffer }[] = [];
  for (let at = 8; at < icns.length; ) {
    const length = icns.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    elements.push({ type: icns.toString('ascii', at, at + 4), png: icns.subarray(at + 8, at + length) });
    at += length;
  }
  return elements;
}

const ICNS_PIXELS: Record<string, number> = { icp4: 16, icp5: 32, ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 };

describe('packaged icons (generated from build/icon.svg by npm run icons)', () => {
  it('were generated from the current SVG: run `npm run icons` after editing it', () => {
    const svgHash = createHash('sha256').update(readFileSync(path.join(BUILD, 'icon.svg'))).digest('hex');
    expect(readFileSync(path.join(BUILD, 'icon-source.sha256'), 'utf8').trim()).toBe(svgHash);
  });

  it('has a 1024 px master PNG and Linux PNGs whose pixels match their names', () => {
    expect(pngSize(readFileSync(path.join(BUILD, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
    const files = readdirSync(path.join(BUILD, 'icons'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const name of files) {
      const size = Number(/^(\d+)x\d+\.png$/.exec(name)?.[1]);
      expect(pngSize(readFileSync(path.join(BUILD, 'icons', name))), name).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico whose entries are PNGs of the sizes they declare, up to 256 px', () => {
    const entries = readIco(readFileSync(path.join(BUILD, 'icon.ico')));
    expect(entries.map((e) => e.declared)).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    for (const { declared, png } of entries) expect(pngSize(png), `${declared}px`).toEqual({ width: declared, height: declared });
  });

  it('has a macOS .icns whose elements hold PNGs of the size their type means', () => {
    const elements = readIcns(readFileSync(path.join(BUILD, 'icon.icns')));
    expect(elements.map((e) => e.type)).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
    for (const { type, png } of elements) {
      const pixels = ICNS_PIXELS[type];
      expect(pixels, `unknown element ${type}`).toBeDefined();
      expect(pngSize(png), type).toEqual({ width: pixels, height: pixels });
    }
  });

  it('recognises a file that is not a PNG (the checks above can fail)', () => {
    expect(() => pngSize(Buffer.from('GIF89a not a png at all, just bytes'))).toThrow('not a PNG');
  });
});
