import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogueService, IMPORTED_CATALOGUE_NAME, type CatalogueService } from '../../../main/services/catalogue-service';
import type { Catalogue } from '../../../shared/catalogue/schema';

const BUNDLED = new URL('../../../data/catalogue.json', import.meta.url).pathname;

let dir: string;
let service: CatalogueService;
let bundled: Catalogue;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tta-cat-'));
  service = await loadCatalogueService({ bundledPath: BUNDLED, dir });
  bundled = JSON.parse(await readFile(BUNDLED, 'utf8'));
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

function bump(cat: Catalogue, version = '99.0.0'): Catalogue {
  return { ...cat, meta: { ...cat.meta, version } };
}

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function importError(path: string) {
  return service.importFile(path, []).then(
    () => {
      throw new Error('expected the import to be rejected');
    },
    (error: Error & { details: string[] }) => error,
  );
}

describe('catalogue import from a file', () => {
  it('switches to a valid newer catalogue, keeps it across restarts and reports retired trainings', async () => {
    const dropped = bundled.trainings[0]!;
    const next = bump({ ...bundled, trainings: bundled.trainings.slice(1) });
    const outcome = await service.importFile(await file('new.json', next), [dropped.id, bundled.trainings[1]!.id]);
    expect(outcome).toEqual({ version: '99.0.0', date: bundled.meta.date, retiredIds: [dropped.id] });
    expect(service.summary()).toMatchObject({ version: '99.0.0', origin: 'imported' });
    expect(service.current().trainings).toHaveLength(bundled.trainings.length - 1);
    const reopened = await loadCatalogueService({ bundledPath: BUNDLED, dir });
    expect(reopened.summary()).toMatchObject({ version: '99.0.0', origin: 'imported' });
    await reopened.revertToBundled();
    expect(reopened.summary()).toMatchObject({ version: bundled.meta.version, origin: 'bundled' });
  });

  it('rejects a broken record naming the file, the record id and the field, and changes nothing', async () => {
    const next = bump(structuredClone(bundled));
    const victim = next.trainings[3]!;
    (victim as Partial<typeof victim>).title = undefined;
    const error = await importError(await file('broken.json', next));
    expect(error.message).toContain('broken.json is not a valid catalogue. Nothing was changed.');
    expect(error.details[0]).toContain(`broken.json: trainings[3] (record "${victim.id}").title`);
    expect(service.summary()).toMatchObject({ version: bundled.meta.version, origin: 'bundled' });
    await expect(readFile(join(dir, IMPORTED_CATALOGUE_NAME))).rejects.toThrow();
  });

  it('rejects a reference to a provider that does not exist', async () => {
    const next = bump(structuredClone(bundled));
    next.trainings[0]!.providerId = 'no-such-provider';
    const error = await importError(await file('dangling.json', next));
    expect(error.details[0]).toContain(`trainings[0].providerId (record "${next.trainings[0]!.id}")`);
    expect(error.details[0]).toContain('no-such-provider');
  });

  it.each([
    ['not JSON', '{"meta":', 'not valid JSON'],
    ['an older version', null, 'not newer than the one you have'],
  ])('rejects %s', async (_label, content, text) => {
    const body = content ?? bump(bundled, '0.0.1');
    const error = await importError(await file('x.json', body));
    expect([error.message, ...error.details].join(' ')).toContain(text);
    expect(service.summary().origin).toBe('bundled');
  });

  it('refuses a synthetic scale-test catalogue even when it is valid', async () => {
    const synthetic = bump({ ...bundled, meta: { ...bundled.meta, synthetic: true } });
    const error = await importError(await file('synthetic.json', synthetic));
    expect(error.message).toContain('synthetic');
  });

  it('ignores a damaged imported file at start and falls back to the bundled catalogue', async () => {
    await writeFile(join(dir, IMPORTED_CATALOGUE_NAME), '{"damaged"');
    const reopened = await loadCatalogueService({ bundledPath: BUNDLED, dir });
    expect(reopened.summary()).toMatchObject({ version: bundled.meta.version, origin: 'bundled' });
  });
});
