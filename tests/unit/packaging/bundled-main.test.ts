import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLazyChunks, lazyChunks, mainBundleOptions, selfContainedBundleOptions, zodChunk } from '../../../scripts/main-bundle-options';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/user-data';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The packaged app holds only out/**, data/catalogue.json, package.json and the one production
 * dependency, leveldown (native; unpacked from the asar) with its own dependencies (electron-builder.yml).
 * This bundles the main side's services the way scripts/build-main.ts bundles main.ts, puts
 * the bundle in a folder laid out like the packaged app with nothing else beside it (no
 * node_modules, no sources), and runs it with plain Node: a module that reads a file from
 * node_modules at run time (as pdfkit reads a standard face's metrics), or a dependency left
 * out of the bundle, fails here.
 */
const PROBE_IMPORTS = `
  import path from 'node:path';
  import { bootstrap } from './main/bootstrap';
  import { renderPdf } from './main/services/pdf/write-pdf';
  import { checkCertificateFile } from './main/services/certificates/certificate-check';
`;
const PROBE = `
  const [appDir, dataDir, backupFile] = process.argv.slice(2);
  const refuse = async () => null;
  const { dispatch, services } = await bootstrap({
    dataDir,
    bundledCataloguePath: path.join(appDir, 'data', 'catalogue.json'),
    app: { name: 'TTA Navigator', version: '0.0.0-probe', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: { chooseOpenFile: async () => backupFile, chooseSaveFile: refuse },
    // As main.ts passes it: the worker bundle beside the main bundle.
    heavyWorkScript: path.join(appDir, 'out', 'main', 'heavy-work.cjs'),
  });
  const restored = await dispatch('dataFileRestore', undefined);
  // Sharing opens the LevelDB replica: the native module must load from node_modules beside the bundle.
  const sharing = await dispatch('syncCoordinatorSet', { name: 'Probe Coordinator' });
  await services.sync.settled();
  const replicaDocs = sharing.ok ? (await services.sync.status()).state : sharing;
  await services.sync.close();
  const info = await dispatch('appInfo', undefined);
  const catalogue = await dispatch('catalogueGet', undefined);
  // Web addresses are set in the standard Helvetica, whose metrics pdfkit reads from its own folder: the bundle must carry them.
  const pdf = await renderPdf({ content: ['Packaged PDF check', { text: 'https://example.org/packaged', font: 'Helvetica' }] });
  // The certificate check sniffs content with its lazy chunk: the PDF just made is a PDF.
  const certificate = await checkCertificateFile('probe.pdf', async () => pdf, async () => pdf.length);
  process.stdout.write(JSON.stringify({
    info: info.ok ? info.value.catalogue.origin : info,
    trainings: catalogue.ok ? catalogue.value.trainings.length : catalogue,
    pdf: pdf.subarray(0, 5).toString('latin1'),
    heavy: services.heavy.mode,
    restored: restored.ok ? restored.value : restored,
    sharing: replicaDocs,
    certificate: certificate.kind,
    // zod, a lazy chunk, came from the packaged folder the first time a schema ran.
    zod: Object.keys(require.cache).filter((f) => f.endsWith('${zodChunk.file}')).map((f) => path.relative(appDir, f)),
  }));
`;

/** A start and nothing else, as main.ts makes one: says which path loaded the data and whether zod was loaded. */
const START_PROBE = `
  import path from 'node:path';
  import { bootstrap } from './main/bootstrap';
  (async () => {
    const [appDir, dataDir, version] = process.argv.slice(2);
    const { services } = await bootstrap({
      dataDir,
      bundledCataloguePath: path.join(appDir, 'data', 'catalogue.json'),
      app: { name: 'TTA Navigator', version, runtime: {}, license: 'MIT' },
      openExternal: async () => undefined,
      dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null },
    });
    const zod = Object.keys(require.cache).some((f) => f.endsWith('${zodChunk.file}'));
    const loadedBy = services.store.loadedBy();
    await services.store.idle();
    await services.sync.close();
    process.stdout.write(JSON.stringify({ loadedBy, zod, members: services.store.data().members.length }));
  })().catch((e) => { console.error(e); process.exit(1); });
`;

/**
 * Copies a production dependency and what it depends on into the app's node_modules, as
 * electron-builder packs `dependencies` (leveldown is the only one: a native module).
 */
function copyProductionModule(name: string, fromDir: string, appDir: string, seen = new Set<string>()): void {
  let dir = fromDir;
  while (!existsSync(path.join(dir, 'node_modules', name)) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const source = path.join(dir, 'node_modules', name);
  if (seen.has(source)) return;
  seen.add(source);
  const relative = path.relative(ROOT, source);
  cpSync(source, path.join(appDir, relative), { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) copyProductionModule(dependency, source, appDir, seen);
}

describe('the bundled main process', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'tta-packaged-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('runs from a packaged-app layout with nothing but its bundle, its lazy chunks and the catalogue, and a trusted start there never loads zod', async () => {
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
    // The worker, bundled as scripts/build-main.ts bundles it.
    await build({ ...selfContainedBundleOptions, sourcemap: false, entryPoints: [path.join(ROOT, 'main/services/heavy-work-worker.ts')], outfile: path.join(appDir, 'out', 'main', 'heavy-work.cjs'), logLevel: 'silent' });
    copyProductionModule('leveldown', ROOT, appDir);
    const backupFile = path.join(temp, 'backup.json');
    writeFileSync(
      backupFile,
      JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: {}, members: [{ id: 'm-1', name: 'Dana Reyes', role: '', agency: '', audiences: [], active: true }], completions: [], plans: [], profiles: [] }),
    );
    const output = execFileSync(process.execPath, [outfile, appDir, dataDir, backupFile], { cwd: temp, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const result = JSON.parse(output) as { info: unknown; trainings: unknown; pdf: unknown; heavy: unknown; restored: unknown; sharing: unknown; certificate: unknown; zod: unknown };
    expect(result.sharing).toBe('idle');
    expect(result.certificate).toBe('pdf');
    expect(readdirSync(path.join(dataDir, 'sync-replica')).some((f) => f.endsWith('.log') || f.endsWith('.ldb'))).toBe(true);
    // The restore was checked by the bundled worker, loaded from the packaged layout.
    expect(result.heavy).toBe('worker');
    expect(result.restored).toMatchObject({ restored: true, members: 1, completions: 0 });
    expect(result.info).toBe('bundled');
    expect(result.trainings).toBeGreaterThan(0);
    expect(result.pdf).toBe('%PDF-');
    expect(result.zod).toEqual([path.join('out', 'main', zodChunk.file)]);

    // The next start of the same version finds the data file it wrote, the folder lock and the
    // sharing settings (a coordinator name) and reads them all without zod (docs/performance.md,
    // "Main-side start-up"); another version's start checks the file, with zod.
    const startProbe = path.join(appDir, 'out', 'main', 'start-probe.cjs');
    await build({ ...mainBundleOptions, sourcemap: false, stdin: { contents: START_PROBE, resolveDir: ROOT, loader: 'ts' }, outfile: startProbe, logLevel: 'silent' });
    const start = (version: string) =>
      JSON.parse(execFileSync(process.execPath, [startProbe, appDir, dataDir, version], { cwd: temp, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })) as unknown;
    expect(readdirSync(dataDir)).toEqual(expect.arrayContaining(['tta-navigator-sync.json', 'tta-navigator-data.json.verified']));
    expect(start('0.0.0-probe')).toEqual({ loadedBy: 'trusted', zod: false, members: 1 });
    expect(start('0.0.0-other')).toEqual({ loadedBy: 'validated', zod: true, members: 1 });
  }, 180_000);

  it('keeps the PDF engine, the calendar writer, the sharing engine, the certificate sniffer, the ZIP engine and zod out of the bundle that runs at start', async () => {
    const outdir = path.join(temp, 'split');
    const result = await build({
      ...mainBundleOptions,
      sourcemap: false,
      stdin: { contents: `export { bootstrap } from './main/bootstrap';`, resolveDir: ROOT, loader: 'ts' },
      outfile: path.join(outdir, 'start.cjs'),
      logLevel: 'silent',
      metafile: true,
    });
    // What the start bundle really holds: esbuild also lists the inputs it visited and dropped.
    const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined || o.bytes > 0);
    const bundled = Object.entries(output?.inputs ?? {})
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([f]) => f);
    // Each of these was once compiled on every start: pdfmake and fontkit (3.7 MB), ics with
    // yup (0.2 MB), and every zod locale through `import { z }` (0.5 MB).
    expect(bundled.filter((f) => /node_modules\/(pdfmake|ics|yup)\//.test(f))).toEqual([]);
    // The sharing engine (PouchDB, LevelDB, node-fetch with its URL and cookie libraries: 1.4 MB)
    // the certificate sniffer and the ZIP engine of backups (fflate, which builds tables as it loads) load when first used.
    expect(bundled.filter((f) => /node_modules\/(pouchdb[^/]*|leveldown|levelup|node-fetch|tough-cookie|tr46|psl|file-type|strtok3|fflate)\//.test(f))).toEqual([]);
    // zod (0.2 MB; every zod locale, 0.5 MB more, through `import { z }`) loads on the first schema a start runs.
    expect(bundled.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(bundled.some((f) => f.endsWith('write-pdf.ts')) && bundled.some((f) => f.endsWith('plan-ics.ts')) && bundled.some((f) => f.endsWith('sync-service.ts'))).toBe(true);
    const code = readFileSync(path.join(outdir, 'start.cjs'), 'utf8');
    for (const c of [...lazyChunks, zodChunk]) expect(code).toContain(`require("./${c.file}")`);
  });
});
