// `npm run icons`: renders build/icon.svg, the one source of the app icon, into every
// file electron-builder packs. The output is committed, so packaging needs no tools;
// tests/unit/packaging/icons.test.ts fails when it is stale or malformed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { icnsFromPngs, icoFromPngs } from './icon-containers.mjs';

const build = fileURLToPath(new URL('../build/', import.meta.url));
const svg = readFileSync(`${build}icon.svg`);

/** Linux wants a folder of NxN.png; Windows' .ico stops at 256. */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const cache = new Map();
function png(size) {
  if (!cache.has(size)) {
    const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render();
    cache.set(size, rendered.asPng());
  }
  return cache.get(size);
}

mkdirSync(`${build}icons`, { recursive: true });
writeFileSync(`${build}icon.png`, png(1024));
for (const size of LINUX_SIZES) writeFileSync(`${build}icons/${size}x${size}.png`, png(size));
writeFileSync(`${build}icon.ico`, icoFromPngs(ICO_SIZES.map((size) => ({ size, png: png(size) }))));
writeFileSync(`${build}icon.icns`, icnsFromPngs(png));
// Lets the icon test tell that the committed images were made from the current SVG.
writeFileSync(`${build}icon-source.sha256`, `${createHash('sha256').update(svg).digest('hex')}\n`);
console.log(`Icons written to ${build}`);
