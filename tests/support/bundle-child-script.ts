import { join, basename } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a child-process script (and the app code it imports) into one ES module in `outDir`.
 * Tests that start many short-lived children start each from this file instead of through tsx,
 * which would compile the app's sources again in every child: on a loaded 2-core machine that
 * took seconds per child and made a 50-kill test run for ten minutes.
 */
export async function bundleChildScript(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __ttaCreateRequire } from 'node:module'; const require = __ttaCreateRequire(import.meta.url);" },
    external: ['electron', 'leveldown'],
    logLevel: 'warning',
  });
  return outfile;
}
