import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainBundleOptions } from '../../../scripts/main-bundle-options';
import { CHECKLIST_ITEMS, type WiringReport } from '../../support/electron-wiring/inspect-wiring';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN_TS = path.join(ROOT, 'main', 'electron', 'main.ts');
const TAG = /\/\/ checklist: ([a-z-]+)\s*$/;

/**
 * The security checklist's wiring in main.ts, proved on the shipped bundle: scripts/build-main.ts
 * builds out/main/index.cjs into a folder laid out like the installed app, and the bundle runs
 * under plain Node with `electron` answered by a stand-in typed against Electron's .d.ts
 * (tests/support/electron-wiring). Every line of main.ts tagged "checklist: <item>" is then
 * removed in turn, and the inspection must notice that item missing.
 */
describe('main.ts wires every item of the security checklist', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'tta-wiring-'));
  const appDir = path.join(temp, 'app');
  const source = readFileSync(MAIN_TS, 'utf8');
  const lines = source.split('\n');
  const tagged = lines.flatMap((line, index) => {
    const item = TAG.exec(line)?.[1];
    return item ? [{ item, index }] : [];
  });
  const real = path.join(appDir, 'out', 'main', 'index.cjs');
  const mutant = (index: number): string => path.join(appDir, 'out', 'main', `without-line-${index + 1}.cjs`);
  let reports: Record<string, WiringReport> = {};

  beforeAll(async () => {
    mkdirSync(path.join(appDir, 'data'), { recursive: true });
    mkdirSync(path.join(appDir, 'out', 'renderer'), { recursive: true });
    writeFileSync(path.join(appDir, 'out', 'renderer', 'index.html'), '<!doctype html><title>TTA Navigator</title>');
    copyFileSync(path.join(ROOT, 'data', 'catalogue.json'), path.join(appDir, 'data', 'catalogue.json'));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-main.ts', '--outdir', path.join(appDir, 'out')], { cwd: ROOT });
    await Promise.all(
      tagged.map(({ index }) =>
        build({
          ...mainBundleOptions,
          sourcemap: false,
          stdin: { contents: lines.filter((_, i) => i !== index).join('\n'), resolveDir: path.dirname(MAIN_TS), sourcefile: 'main.ts', loader: 'ts' },
          outfile: mutant(index),
        }),
      ),
    );
    const reportFile = path.join(temp, 'reports.json');
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'tests/support/electron-wiring/wiring-cli.ts', reportFile, path.join(temp, 'user-data'), appDir, real, ...tagged.map(({ index }) => mutant(index))],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    reports = JSON.parse(readFileSync(reportFile, 'utf8')) as Record<string, WiringReport>;
  }, 900_000);
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('tags one line in main.ts for every checklist item the test inspects', () => {
    expect([...new Set(tagged.map(({ item }) => item))].sort()).toEqual([...CHECKLIST_ITEMS].sort());
  });

  it('installs every item in the shipped bundle', () => {
    const report = reports[real];
    expect(report?.startError).toBeNull();
    for (const item of CHECKLIST_ITEMS) expect({ item, problems: report?.items[item] }).toEqual({ item, problems: [] });
  });

  it('notices each checklist line removed from main.ts', () => {
    expect(tagged.length).toBeGreaterThanOrEqual(CHECKLIST_ITEMS.length);
    for (const { item, index } of tagged) {
      const problems = reports[mutant(index)]?.items[item as (typeof CHECKLIST_ITEMS)[number]] ?? [];
      expect({ removed: lines[index]?.trim(), noticed: problems.length > 0 }).toEqual({ removed: lines[index]?.trim(), noticed: true });
    }
  });
});
