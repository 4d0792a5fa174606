import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), 'tta-first-bundle-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The inputs of the renderer's entry chunk and of every chunk it imports statically: what runs before the first screen. */
function firstLoadInputs(metafile: Metafile): string[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === 'renderer/main.tsx');
  if (!entry) throw new Error('no output for renderer/main.tsx');
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of outputs[out]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  return [...seen].flatMap((out) =>
    Object.entries(outputs[out]!.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([f]) => f),
  );
}

/*
 * The first results wait for the bundle to be parsed and run. esbuild splits renderer/main.tsx
 * the way Vite does (dynamic imports become their own chunks), so what it puts in the first
 * load is what the app's first load holds.
 */
describe('the renderer bundle that runs before the first screen', () => {
  it('holds the catalogue screen but not zod (0.1 MB minified) or the unlock screen, which load where they are used', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'renderer/main.tsx')],
      absWorkingDir: ROOT,
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: temp,
      jsx: 'automatic',
      loader: { '.css': 'empty' },
      define: { 'process.env.NODE_ENV': '"production"' },
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const inputs = firstLoadInputs(result.metafile);
    // Not vacuous: the screen the bench opens is there.
    expect(inputs).toContain('renderer/features/catalogue/CataloguePage.tsx');
    expect(inputs).toContain('shared/catalogue/catalogue-index.ts');
    expect(inputs.filter((f) => /node_modules\/zod\//.test(f))).toEqual([]);
    expect(inputs.filter((f) => /features\/unlock\/UnlockScreen|shared\/model\/passphrase/.test(f))).toEqual([]);
  }, 60_000);
});
