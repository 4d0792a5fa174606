import type { BuildOptions } from 'esbuild';

/**
 * How main and preload are bundled. Shared by scripts/build-main.ts and the wiring test, which
 * bundles main.ts (and copies of it with one line removed) exactly as the app ships it.
 * The preload must be one CommonJS file: sandboxed preloads cannot require() our modules.
 */
export const mainBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
} satisfies BuildOptions;
