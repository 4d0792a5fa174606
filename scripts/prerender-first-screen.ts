/*
 * Part of `npm run build:renderer`, after Vite: renders the first screens (Start, and the
 * Catalogue with no query) from the bundled catalogue into out/renderer/index.html as
 * <template>s (macOS and other platforms), keyed by the sha-256 of data/catalogue.json.
 * shared/first-screen.ts and docs/performance.md explain.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstScreenTemplates } from './first-screen-templates';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const indexPath = `${ROOT}out/renderer/index.html`;
const MARK = '<script src="./first-screen.js"></script>';

const html = readFileSync(indexPath, 'utf8');
if (!html.includes(MARK)) throw new Error(`${indexPath} has no ${MARK}: was it built by vite from renderer/index.html?`);
const templates = firstScreenTemplates(readFileSync(`${ROOT}data/catalogue.json`));
writeFileSync(indexPath, html.replace(MARK, `${templates}\n    ${MARK}`));
console.log(`Pre-rendered the first screens into ${indexPath} (${Math.round(templates.length / 1024)} KB).`);
