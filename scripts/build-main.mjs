// Bundles the Electron main process and the preload with esbuild.
// The preload must be one CommonJS file: sandboxed preloads cannot require() our modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'out/main/index.cjs' }),
  build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'out/preload/preload.cjs', sourcemap: false }),
]);
