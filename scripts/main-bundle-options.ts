import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { standardFaceNames } from '../main/services/pdf/standard-faces';
import { checkedBundledCatalogueSha256 } from './bundled-catalogue-check';

/**
 * Modules the main side loads only when first used: the PDF engine (pdfmake, its fonts and
 * fontkit are three quarters of the main side's code), the calendar writer (ics with yup) and
 * the sharing engine (PouchDB, LevelDB and PouchDB's HTTP client), the certificate
 * file-type sniffer and the ZIP writer and reader of backups (fflate).
 * Each is built as its own file beside the main bundle, so starting the app does not read and
 * compile code it may never run.
 */
export const lazyChunks = [
  { source: 'main/services/pdf/pdfmake-offline.ts', file: 'pdf-engine.cjs' },
  { source: 'main/services/calendar-engine.ts', file: 'calendar-engine.cjs' },
  { source: 'main/services/sync/sync-engine.ts', file: 'sync-engine.cjs' },
  { source: 'main/services/certificates/content-sniffer.ts', file: 'content-sniffer.cjs' },
  { source: 'main/services/zip-engine.ts', file: 'zip-engine.cjs' },
] as const;

/** A dynamic `import()` of a lazy chunk's source becomes a require() of its file beside the bundle. */
function lazyChunkPlugin(): Plugin {
  return {
    name: 'lazy-chunks',
    setup(b) {
      for (const chunk of lazyChunks) {
        const stem = path.basename(chunk.source, '.ts');
        b.onResolve({ filter: new RegExp(`/${stem}$`) }, (args) => (args.kind === 'dynamic-import' ? { path: `./${chunk.file}`, external: true } : undefined));
      }
    },
  };
}

/**
 * pdfkit reads the metrics of PDF's standard faces from files beside its own code
 * (`__dirname + '/data/<face>.afm'`), which a bundle does not have: the faces the PDF
 * engine uses (main/services/pdf/standard-faces.ts) are written into the bundle instead.
 * Fails the build if pdfkit stops reading them that way, rather than the first export.
 */
function standardFaceMetricsPlugin(): Plugin {
  return {
    name: 'standard-face-metrics',
    setup(b) {
      b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit(\.es)?\.js$/ }, async (args) => {
        let code = await readFile(args.path, 'utf8');
        for (const face of standardFaceNames) {
          const read = `fs.readFileSync(__dirname + '/data/${face}.afm', 'utf8')`;
          if (!code.includes(read)) throw new Error(`pdfkit (${args.path}) no longer reads the ${face} metrics as ${read}: update standardFaceMetricsPlugin.`);
          code = code.replace(read, JSON.stringify(await readFile(path.join(path.dirname(args.path), 'data', `${face}.afm`), 'utf8')));
        }
        return { contents: code, loader: 'js' };
      });
    },
  };
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // leveldown is the replica's native LevelDB binding (N-API prebuilds): it ships in node_modules, unpacked from the asar.
  external: ['electron', 'leveldown'],
  logLevel: 'warning',
  plugins: [standardFaceMetricsPlugin()],
} satisfies BuildOptions;

/**
 * How main and preload are bundled. Shared by scripts/build-main.ts, the bundled-main probe, the
 * wiring test and the start-up bench, which bundle the main side exactly as the app ships it.
 * The preload must be one CommonJS file: sandboxed preloads cannot require() our modules.
 * `dynamic-import: false` makes esbuild emit require() for the lazy chunks: CommonJS loads from
 * inside the app's asar archive everywhere Electron runs.
 */
export const mainBundleOptions = {
  ...common,
  // The catalogue is checked here, once per build, instead of on every start (main/services/bundled-catalogue-trust.ts).
  define: { TTA_BUNDLED_CATALOGUE_SHA256: JSON.stringify(checkedBundledCatalogueSha256()) },
  supported: { 'dynamic-import': false },
  plugins: [lazyChunkPlugin(), ...common.plugins],
} satisfies BuildOptions;

/** Builds every lazy chunk into `dir`, the folder of the main bundle that requires it. */
export async function buildLazyChunks(dir: string, options: Pick<BuildOptions, 'sourcemap'> = {}): Promise<void> {
  await Promise.all(lazyChunks.map((c) => build({ ...common, ...options, entryPoints: [c.source], outfile: path.join(dir, c.file) })));
}
