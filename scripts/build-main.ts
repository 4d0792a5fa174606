// Bundles the Electron main process and the preload with esbuild: `--outdir DIR` puts
// main/index.cjs (with its lazy chunks beside it) and preload/preload.cjs under DIR instead of out/.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { buildLazyChunks, mainBundleOptions } from './main-bundle-options';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'out' } } });
const outdir = values.outdir;

await Promise.all([
  build({ ...mainBundleOptions, entryPoints: ['main/electron/main.ts'], outfile: path.join(outdir, 'main', 'index.cjs') }),
  build({ ...mainBundleOptions, entryPoints: ['main/electron/preload.ts'], outfile: path.join(outdir, 'preload', 'preload.cjs'), sourcemap: false }),
  buildLazyChunks(path.join(outdir, 'main')),
]);
