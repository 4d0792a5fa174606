import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  IMPORTED_CATALOGUE_NAME,
  IMPORTED_SIGNATURE_NAME,
  loadCatalogueService,
  type CatalogueService,
} from '../../../main/services/catalogue-service';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { makeSigner, writeCatalogueFile, type TestSigner } from '../../support/catalogue-signing';

const BUNDLED = new URL('../../../data/catalogue.json', import.meta.url).pathname;

let dir: string;
let project: TestSigner;
let service: CatalogueService;
let bundled: Catalogue;

const load = () => loadCatalogueService({ bundledPath: BUNDLED, dir, projectKeys: [project.key] });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tta-cat-'));
  project = await makeSigner(dir, 'Test project');
  service = await load();
  bundled = JSON.parse(await readFile(BUNDLED, 'utf8'));
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

/** A newer catalogue: later version and date, so it beats the bundled one. */
function bump(cat: Catalogue, version = '99.0.0', date = '2099-01-01'): Catalogue {
  return { ...cat, meta: { ...cat.meta, version, date } };
}

async function importFile(path: string, referenced: string[] = []) {
  const review = await service.reviewFile(path, referenced);
  return service.confirmImport(review.reviewId, referenced);
}

async function importError(path: string) {
  return service.reviewFile(path, []).then(
    () => {
      throw new Error('expected the import to be rejected');
    },
    (error: Error & { details: string[] }) => error,
  );
}

describe('catalogue import from a signed file', () => {
  it('switches to a valid newer catalogue after the review, keeps it across restarts and reports retired trainings', async () => {
    const dropped = bundled.trainings[0]!;
    const next = bump({ ...bundled, trainings: bundled.trainings.slice(1) });
    const path = await writeCatalogueFile(dir, 'new.json', next, project);
    const review = await service.reviewFile(path, [dropped.id]);
    expect(review).toMatchObject({ fileName: 'new.json', version: '99.0.0', signer: { name: 'Test project' } });
    expect(review.changes.removed).toEqual([{ id: dropped.id, title: dropped.title }]);
    expect(review.changes.retired).toEqual([{ id: dropped.id, title: dropped.title }]);
    expect(service.summary().origin).toBe('bundled');

    const outcome = await service.confirmImport(review.reviewId, [dropped.id, bundled.trainings[1]!.id]);
    expect(outcome).toEqual({ version: '99.0.0', date: '2099-01-01', retiredIds: [dropped.id] });
    expect(service.summary()).toMatchObject({ version: '99.0.0', origin: 'imported' });
    expect(service.current().trainings).toHaveLength(bundled.trainings.length - 1);
    const reopened = await load();
    expect(reopened.summary()).toMatchObject({ version: '99.0.0', origin: 'imported' });
    await reopened.revertToBundled();
    expect(reopened.summary()).toMatchObject({ version: bundled.meta.version, origin: 'bundled' });
    await expect(readFile(join(dir, IMPORTED_SIGNATURE_NAME))).rejects.toThrow();
  });

  it('refuses an unsigned file, saying where the signature must be', async () => {
    const error = await importError(await writeCatalogueFile(dir, 'unsigned.json', bump(bundled)));
    expect(error.message).toBe('unsigned.json was refused: it is not signed. Nothing was changed.');
    expect(error.details[0]).toContain('unsigned.json.sig');
  });

  it('refuses a file changed by one byte after signing', async () => {
    const path = await writeCatalogueFile(dir, 'changed.json', bump(bundled), project);
    const bytes = await readFile(path);
    const at = bytes.length - 2;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
    await writeFile(path, bytes);
    const error = await importError(path);
    expect(error.message).toBe('changed.json was refused: its signature does not match: the file was changed after Test project signed it. Nothing was changed.');
    expect(service.summary().origin).toBe('bundled');
  });

  it('refuses a file signed by a key nobody added, and accepts it once the user adds that publisher', async () => {
    const taskForce = await makeSigner(dir, 'State task force');
    const path = await writeCatalogueFile(dir, 'state.json', bump(bundled), taskForce);
    const error = await importError(path);
    expect(error.message).toContain('it is signed by a key you have not added (fingerprint ');
    expect(error.message).toContain(taskForce.key.fingerprint.slice(0, 4));

    const publishers = await service.addPublisher('State task force', await readFile(taskForce.publicKeyPath, 'utf8'), 'state.pub.pem');
    expect(publishers.map((p) => [p.name, p.fingerprint, p.builtIn])).toEqual([
      ['Test project', project.key.fingerprint, true],
      ['State task force', taskForce.key.fingerprint, false],
    ]);
    await importFile(path);
    expect(service.summary()).toMatchObject({ version: '99.0.0', origin: 'imported' });

    // Removing the publisher withdraws the trust: the stored import is no longer used at start.
    await service.removePublisher(taskForce.key.fingerprint);
    expect((await load()).summary().origin).toBe('bundled');
  });

  it('refuses a private key or a non-Ed25519 key as a publisher key', async () => {
    await expect(service.addPublisher('Oops', project.privateKey, 'private.pem')).rejects.toThrow('private.pem was not added: this is a private key');
    await expect(service.addPublisher('Junk', 'hello', 'junk.pem')).rejects.toThrow('junk.pem was not added: it is not a public key file');
    expect(service.publishers()).toHaveLength(1);
  });

  it('rejects a broken record naming the file, the record id and the field, and changes nothing', async () => {
    const next = bump(structuredClone(bundled));
    const victim = next.trainings[3]!;
    (victim as Partial<typeof victim>).title = undefined;
    const error = await importError(await writeCatalogueFile(dir, 'broken.json', next, project));
    expect(error.message).toContain('broken.json is not a valid catalogue. Nothing was changed.');
    expect(error.details[0]).toContain(`broken.json: trainings[3] (record "${victim.id}").title`);
    expect(service.summary()).toMatchObject({ version: bundled.meta.version, origin: 'bundled' });
    await expect(readFile(join(dir, IMPORTED_CATALOGUE_NAME))).rejects.toThrow();
  });

  it('rejects a look-alike (non-ASCII) host in a link or an e-mail address', async () => {
    const next = bump(structuredClone(bundled));
    const provider = next.providers.find((p) => p.website)!;
    provider.website = 'https://www.\u043evcttac.gov/';
    provider.contact = { ...provider.contact, email: 'registration@\u043evcttac.gov' };
    const error = await importError(await writeCatalogueFile(dir, 'idn.json', next, project));
    expect(error.details.join('\n')).toContain('website: The host must be written in plain ASCII letters');
    expect(error.details.join('\n')).toContain('email: The domain must be written in plain ASCII letters');
  });

  it('rejects a reference to a provider that does not exist', async () => {
    const next = bump(structuredClone(bundled));
    next.trainings[0]!.providerId = 'no-such-provider';
    const error = await importError(await writeCatalogueFile(dir, 'dangling.json', next, project));
    expect(error.details[0]).toContain(`trainings[0].providerId (record "${next.trainings[0]!.id}")`);
    expect(error.details[0]).toContain('no-such-provider');
  });

  it.each([
    ['not JSON', '{"meta":', 'not valid JSON'],
    ['an older version', null, 'not newer than the one you have'],
  ])('rejects %s', async (_label, content, text) => {
    const body = content ?? bump(bundled, '0.0.1');
    const error = await importError(await writeCatalogueFile(dir, 'x.json', body, project));
    expect([error.message, ...error.details].join(' ')).toContain(text);
    expect(service.summary().origin).toBe('bundled');
  });

  it('refuses a catalogue older by date than the bundled one, whatever its version number', async () => {
    const error = await importError(await writeCatalogueFile(dir, 'old.json', bump(bundled, '999.0.0', '2001-01-01'), project));
    expect(error.message).toContain('is older than the catalogue bundled with this version of the app');
  });

  it('refuses a synthetic scale-test catalogue even when it is valid', async () => {
    const synthetic = bump({ ...bundled, meta: { ...bundled.meta, synthetic: true } });
    const error = await importError(await writeCatalogueFile(dir, 'synthetic.json', synthetic, project));
    expect(error.message).toContain('synthetic');
  });

  it('ignores a damaged, unsigned or tampered imported file at start and falls back to the bundled catalogue', async () => {
    await writeFile(join(dir, IMPORTED_CATALOGUE_NAME), '{"damaged"');
    expect((await load()).summary()).toMatchObject({ version: bundled.meta.version, origin: 'bundled' });

    await importFile(await writeCatalogueFile(dir, 'good.json', bump(bundled), project));
    const stored = JSON.parse(await readFile(join(dir, IMPORTED_CATALOGUE_NAME), 'utf8')) as Catalogue;
    stored.providers[0]!.website = 'https://evil.example/';
    await writeFile(join(dir, IMPORTED_CATALOGUE_NAME), JSON.stringify(stored));
    const messages: string[] = [];
    const reopened = await loadCatalogueService({ bundledPath: BUNDLED, dir, projectKeys: [project.key], log: (m) => messages.push(m) });
    expect(reopened.summary().origin).toBe('bundled');
    expect(messages.join('\n')).toContain('its signature does not match');
  });

  it('lets a bundled catalogue newer by date win over an imported one after an app update', async () => {
    await importFile(await writeCatalogueFile(dir, 'forged.json', bump(bundled, '999.0.0', '2030-01-01'), project));
    const updatedApp = join(dir, 'app-update.json');
    await writeFile(updatedApp, JSON.stringify(bump(bundled, '1.5.0', '2031-06-01')));
    const afterUpdate = await loadCatalogueService({ bundledPath: updatedApp, dir, projectKeys: [project.key] });
    expect(afterUpdate.summary()).toMatchObject({ version: '1.5.0', origin: 'bundled' });
    // The same imported file still wins over an older bundled one.
    expect((await load()).summary()).toMatchObject({ version: '999.0.0', origin: 'imported' });
  });

  it('forgets a review when the catalogue changes in between', async () => {
    const first = await service.reviewFile(await writeCatalogueFile(dir, 'a.json', bump(bundled, '50.0.0'), project), []);
    await service.reviewFile(await writeCatalogueFile(dir, 'b.json', bump(bundled, '60.0.0'), project), []);
    await expect(service.confirmImport(first.reviewId, [])).rejects.toThrow('no longer current');
    expect(service.summary().origin).toBe('bundled');
  });
});
