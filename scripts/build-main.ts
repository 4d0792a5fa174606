// Bundles the Electron main process and the preload with esbuild: `--outdir DIR` puts
// main/index.cjs (with its lazy chunks beside it), main/heavy-work.cjs and preload/preload.cjs under DIR instead of out/.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildLazyChunks, mainBundleOptions, selfContainedBundleOptions } from './main-bundle-options';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'out' } } });
const outdir = values.outdir;

await Promise.all([
  build({ ...mainBundleOptions, entryPoints: ['main/electron/main.ts'], outfile: path.join(outdir, 'main', 'index.cjs') }),
  // The worker that checks restores and imports off the main thread (main/services/heavy-work.ts).
  build({ ...selfContainedBundleOptions, entryPoints: ['main/services/heavy-work-worker.ts'], outfile: path.join(outdir, 'main', 'heavy-work.cjs'), sourcemap: false }),
  build({ ...selfContainedBundleOptions, entryPoints: ['main/electron/preload.ts'], outfile: path.join(outdir, 'preload', 'preload.cjs'), sourcemap: false }),
  buildLazyChunks(path.join(outdir, 'main')),
]);
