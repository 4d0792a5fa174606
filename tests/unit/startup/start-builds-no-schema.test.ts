import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dirs: string[] = [];
const globals = globalThis as { TTA_BUNDLED_CATALOGUE_SHA256?: string };
afterEach(async () => {
  delete globals.TTA_BUNDLED_CATALOGUE_SHA256;
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })));
});

const app = (version: string) => ({ name: 'TTA Navigator', version, runtime: {}, license: 'MIT' });
const options = (dataDir: string, version: string) => ({
  dataDir,
  bundledCataloguePath: join(ROOT, 'data', 'catalogue.json'),
  app: app(version),
  openExternal: async () => undefined,
  dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null },
});

/**
 * Counts the Intl objects made while `run` runs: the first one of a process loads locale data
 * (about 8 ms of a start's CPU, measured), so a start makes none; they are made on first use.
 */
async function countingIntl<T>(run: () => Promise<T>): Promise<{ result: T; intl: string[] }> {
  const made: string[] = [];
  const kinds = ['NumberFormat', 'Collator', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter'] as const;
  const originals = kinds.map((k) => [k, Intl[k]] as const);
  for (const [k, original] of originals) {
    const counting: typeof original = new Proxy(original, {
      construct(target, args: unknown[], newTarget: new (...a: unknown[]) => object): object {
        made.push(k);
        return Reflect.construct(target, args, newTarget === counting ? target : newTarget) as object;
      },
      apply(target, self, args: unknown[]): unknown {
        made.push(k);
        return Reflect.apply(target as (...a: unknown[]) => unknown, self, args) as unknown;
      },
    });
    Object.defineProperty(Intl, k, { value: counting, configurable: true, writable: true });
  }
  try {
    return { result: await run(), intl: made };
  } finally {
    for (const [k, original] of originals) Object.defineProperty(Intl, k, { value: original, configurable: true, writable: true });
  }
}

/** Loads the main side afresh (its own module instances, so its own count of built schemas) and starts it. */
async function freshStart(dataDir: string, version: string) {
  vi.resetModules();
  const { lazySchemaStats } = await import('../../../shared/validation/lazy-schema');
  const {
    result: { services, builtAtLoad },
    intl,
  } = await countingIntl(async () => {
    const { bootstrap } = await import('../../../main/bootstrap');
    const builtAtLoad = lazySchemaStats.built;
    return { ...(await bootstrap(options(dataDir, version))), builtAtLoad };
  });
  const builtAtReady = lazySchemaStats.built;
  const result = { builtAtLoad, builtAtReady, intl, declared: lazySchemaStats.declared, loadedBy: services.store.loadedBy(), completions: services.store.data().completions.length };
  await services.store.idle();
  await services.sync.close();
  return result;
}

/**
 * A start on the trusted path (the data file this version wrote last, the bundled catalogue)
 * runs none of shared/'s zod schemas, so it builds none (docs/performance.md, "Main-side start-up").
 */
describe('what a start builds', () => {
  it('builds no schema and no Intl object on the trusted path, and builds the schemas when the file must be checked', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tta-start-'));
    dirs.push(dataDir);
    // What the build defines after checking the bundled catalogue in full (scripts/main-bundle-options.ts;
    // tests/unit/catalogue/bundled-catalogue-trust.test.ts): a start then only compares hashes.
    globals.TTA_BUNDLED_CATALOGUE_SHA256 = createHash('sha256')
      .update(await readFile(join(ROOT, 'data', 'catalogue.json')))
      .digest('hex');
    // The data file, as this version leaves it (written by the store, one member and one completion).
    {
      const { openStore } = await import('../../../main/services/store');
      const store = await openStore({ dir: dataDir, appVersion: 'v-test' });
      await store.update((d) => {
        d.members.push({ id: 'm-1', name: 'Dana Reyes', role: '', agency: '', audiences: [], active: true });
        d.completions.push({ id: 'c-1', memberId: 'm-1', custom: { title: 'Interviewing', provider: 'Academy' }, completedOn: '2026-01-02', createdAt: '2026-01-03T00:00:00.000Z' });
      });
      await store.idle();
    }
    const trusted = await freshStart(dataDir, 'v-test');
    expect(trusted.loadedBy).toBe('trusted');
    expect(trusted.completions).toBe(1);
    expect(trusted.declared).toBeGreaterThan(100);
    expect(trusted.builtAtLoad).toBe(0);
    expect(trusted.builtAtReady).toBe(0);
    expect(trusted.intl).toEqual([]);
    // Another version's start checks the file in full: the schemas are built and run.
    const validated = await freshStart(dataDir, 'v-other');
    expect(validated.loadedBy).toBe('validated');
    expect(validated.completions).toBe(1);
    expect(validated.builtAtLoad).toBe(0);
    expect(validated.builtAtReady).toBeGreaterThan(10);
  }, 60_000);
});
