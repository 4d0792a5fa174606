import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selfContainedBundleOptions } from '../../scripts/main-bundle-options';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let built: Promise<string> | null = null;

/** The heavy-work worker bundled exactly as scripts/build-main.ts bundles it, once per test process. */
export function heavyWorkBundle(): Promise<string> {
  built ??= (async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'tta-heavy-work-')), 'heavy-work.cjs');
    await build({ ...selfContainedBundleOptions, sourcemap: false, entryPoints: [join(ROOT, 'main/services/heavy-work-worker.ts')], outfile, logLevel: 'silent' });
    return outfile;
  })();
  return built;
}
