import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLazyChunks, lazyChunks, mainBundleOptions } from '../../../scripts/main-bundle-options';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The packaged app holds only out/**, data/catalogue.json and package.json (electron-builder.yml).
 * This bundles the main side's services the way scripts/build-main.ts bundles main.ts, puts
 * the bundle in a folder laid out like the packaged app with nothing else beside it (no
 * node_modules, no sources), and runs it with plain Node: a module that reads a file from
 * node_modules at run time, or a dependency left out of the bundle, fails here.
 */
const PROBE_IMPORTS = `
  import path from 'node:path';
  import { bootstrap } from './main/bootstrap';
  import { renderPdf } from './main/services/pdf/write-pdf';
`;
const PROBE = `
  const [appDir, dataDir] = process.argv.slice(2);
  const refuse = async () => null;
  const { dispatch } = await bootstrap({
    dataDir,
    bundledCataloguePath: path.join(appDir, 'data', 'catalogue.json'),
    app: { name: 'TTA Navigator', version: '0.0.0-probe', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: { chooseOpenFile: refuse, chooseSaveFile: refuse },
  });
  const info = await dispatch('appInfo', undefined);
  const catalogue = await dispatch('catalogueGet', undefined);
  const pdf = await renderPdf({ content: ['Packaged PDF check'] });
  process.stdout.write(JSON.stringify({
    info: info.ok ? info.value.catalogue.origin : info,
    trainings: catalogue.ok ? catalogue.value.trainings.length : catalogue,
    pdf: pdf.subarray(0, 5).toString('latin1'),
  }));
`;

describe('the bundled main process', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'tta-packaged-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('runs from a packaged-app layout with nothing but its bundle, its lazy chunks and the catalogue', async () => {
    const appDir = path.join(temp, 'app');
    const dataDir = path.join(temp, 'user-data');
    mkdirSync(path.join(appDir, 'data'), { recursive: true });
    mkdirSync(dataDir);
    copyFileSync(path.join(ROOT, 'data', 'catalogue.json'), path.join(appDir, 'data', 'catalogue.json'));
    copyFileSync(path.join(ROOT, 'package.json'), path.join(appDir, 'package.json'));
    const outfile = path.join(appDir, 'out', 'main', 'probe.cjs');
    // Same settings as scripts/build-main.ts; CommonJS has no top-level await, hence the async wrapper.
    await build({
      ...mainBundleOptions,
      sourcemap: false,
      stdin: { contents: `${PROBE_IMPORTS}(async () => {${PROBE}})().catch((e) => { console.error(e); process.exit(1); });`, resolveDir: ROOT, loader: 'ts' },
      outfile,
      logLevel: 'silent',
    });
    await buildLazyChunks(path.dirname(outfile), { sourcemap: false });
    const output = execFileSync(process.execPath, [outfile, appDir, dataDir], { cwd: temp, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const result = JSON.parse(output) as { info: unknown; trainings: unknown; pdf: unknown };
    expect(result.info).toBe('bundled');
    expect(result.trainings).toBeGreaterThan(0);
    expect(result.pdf).toBe('%PDF-');
  }, 120_000);

  it('keeps the PDF engine out of the bundle that runs at start, loading it from beside the bundle', async () => {
    const outdir = path.join(temp, 'split');
    const result = await build({
      ...mainBundleOptions,
      sourcemap: false,
      stdin: { contents: `import { renderPdf } from './main/services/pdf/write-pdf'; export { renderPdf };`, resolveDir: ROOT, loader: 'ts' },
      outfile: path.join(outdir, 'start.cjs'),
      logLevel: 'silent',
      metafile: true,
    });
    const bundled = Object.keys(result.metafile.inputs);
    expect(bundled.filter((f) => f.includes('node_modules/pdfmake/'))).toEqual([]);
    expect(bundled.some((f) => f.endsWith('write-pdf.ts'))).toBe(true);
    const code = readFileSync(path.join(outdir, 'start.cjs'), 'utf8');
    for (const c of lazyChunks) expect(code).toContain(`require("./${c.file}")`);
  });
});
