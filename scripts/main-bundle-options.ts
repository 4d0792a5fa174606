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

/**
 * zod, loaded on the first use of any schema. Every schema of shared/ is built on first use
 * (shared/validation/lazy-schema.ts) and a trusted start checks its small files by hand
 * (shared/validation/quick-check.ts), so a start that runs no schema need not compile or set up
 * zod at all (~0.2 MB, its ~100 classes and its English messages). Our code's `import * as z
 * from 'zod'` is answered in the main bundle by a stand-in whose every export is a getter that
 * requires this chunk, beside the bundle, the first time any of them is read.
 */
export const zodChunk = { file: 'zod-engine.cjs' } as const;

function lazyZodPlugin(): Plugin {
  return {
    name: 'lazy-zod',
    setup(b) {
      b.onResolve({ filter: /^zod$/ }, (args) => (args.importer.includes('node_modules') ? undefined : { path: 'namespace', namespace: 'lazy-zod' }));
      b.onResolve({ filter: /^lazy-zod-getters$/, namespace: 'lazy-zod' }, () => ({ path: 'getters', namespace: 'lazy-zod' }));
      b.onResolve({ filter: new RegExp(`^\\./${zodChunk.file.replace('.', '\\.')}$`), namespace: 'lazy-zod' }, (args) => ({ path: args.path, external: true }));
      // One ES module every importer shares: a CommonJS stand-in imported by each of ~50 files
      // would have all ~260 names copied into a fresh object in each (esbuild's __toESM).
      b.onLoad({ filter: /^namespace$/, namespace: 'lazy-zod' }, () => ({ loader: 'js', contents: `export * from 'lazy-zod-getters';` }));
      b.onLoad({ filter: /^getters$/, namespace: 'lazy-zod' }, async () => {
        // The export names of the zod this build bundles into the chunk (260 in zod 4).
        const names = Object.keys(await import('zod'));
        return {
          loader: 'js',
          contents: [
            'let zod;',
            `const load = () => zod || (zod = require("./${zodChunk.file}"));`,
            'Object.defineProperty(exports, "__esModule", { value: true });',
            `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
          ].join('\n'),
        };
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
  plugins: [lazyChunkPlugin(), lazyZodPlugin(), ...common.plugins],
} satisfies BuildOptions;

/**
 * For bundles that must hold everything they use in their one file: the preload (sandboxed,
 * it cannot require() a file beside it) and the heavy-work worker (started from its code, so
 * a relative require() would not find its folder; it checks with zod from its first job).
 */
export const selfContainedBundleOptions = { ...mainBundleOptions, plugins: [...common.plugins] } satisfies BuildOptions;

/** Builds every lazy chunk into `dir`, the folder of the main bundle that requires it. */
export async function buildLazyChunks(dir: string, options: Pick<BuildOptions, 'sourcemap'> = {}): Promise<void> {
  await Promise.all([
    ...lazyChunks.map((c) => build({ ...common, ...options, entryPoints: [c.source], outfile: path.join(dir, c.file) })),
    build({ ...common, ...options, entryPoints: ['zod'], outfile: path.join(dir, zodChunk.file) }),
  ]);
}
