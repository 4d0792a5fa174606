import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootstrap } from '../../../main/bootstrap';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';
import type { Envelope } from '../../../shared/client';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { makeSigner, writeCatalogueFile, type TestSigner } from '../../support/catalogue-signing';

const BUNDLED = new URL('../../../data/catalogue.json', import.meta.url).pathname;

let dir: string;
let dispatchAny: (channel: string, input: unknown) => Promise<Envelope<unknown>>;
/** The real dispatcher, typed per channel the way the renderer's client sees it. */
const dispatch = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => dispatchAny(channel, input) as Promise<Envelope<ChannelOutput<C>>>;
let chosen: (string | null)[];
let taskForce: TestSigner;
let next: Catalogue;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tta-cat-dispatch-'));
  chosen = [];
  ({ dispatch: dispatchAny } = await bootstrap({
    dataDir: join(dir, 'data'),
    bundledCataloguePath: BUNDLED,
    app: { name: 'TTA Navigator', version: '0.0.0-test', runtime: {}, license: 'MIT' },
    openExternal: async () => undefined,
    dialogs: { chooseOpenFile: async () => chosen.shift() ?? null, chooseSaveFile: async () => null },
  }));
  taskForce = await makeSigner(dir, 'State task force');
  const bundled = JSON.parse(await readFile(BUNDLED, 'utf8')) as Catalogue;
  next = { ...structuredClone(bundled), meta: { ...bundled.meta, version: '42.0.0', date: '2099-01-01' } };
  next.providers[0]!.website = 'https://example.org/moved';
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

async function importThrough(path: string) {
  chosen.push(path);
  return dispatch('catalogueImport', undefined);
}

describe("dispatch('catalogueImport')", () => {
  it('refuses a file signed by a key the user has not added', async () => {
    const reply = await importThrough(await writeCatalogueFile(dir, 'state.json', next, taskForce));
    expect(reply).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!reply.ok && reply.error.message).toContain('signed by a key you have not added');
  });

  it('refuses a file changed by one byte after signing, even from a trusted publisher', async () => {
    chosen.push(taskForce.publicKeyPath);
    expect(await dispatch('publisherAdd', { name: 'State task force' })).toMatchObject({ ok: true, value: { added: true } });
    const path = await writeCatalogueFile(dir, 'state.json', next, taskForce);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"42.0.0"', '"42.0.1"'));
    const reply = await importThrough(path);
    expect(!reply.ok && reply.error.message).toBe(
      'state.json was refused: its signature does not match: the file was changed after State task force signed it. Nothing was changed.',
    );
    const info = await dispatch('appInfo', undefined);
    expect(info.ok && info.value.catalogue.origin).toBe('bundled');
  });

  it('accepts a file signed by a publisher the user added, after showing what changes', async () => {
    chosen.push(taskForce.publicKeyPath);
    const added = await dispatch('publisherAdd', { name: 'State task force' });
    expect(added.ok && added.value.publishers.map((p) => p.name)).toEqual(['TTA Navigator project', 'State task force']);

    const reply = await importThrough(await writeCatalogueFile(dir, 'state.json', next, taskForce));
    if (!reply.ok || !reply.value.review) throw new Error(`expected a review, got ${JSON.stringify(reply)}`);
    const { review } = reply.value;
    expect(review.signer).toEqual({ name: 'State task force', fingerprint: taskForce.key.fingerprint });
    expect(review.changes.linkHosts).toContainEqual(expect.objectContaining({ recordId: next.providers[0]!.id, after: expect.stringContaining('example.org') }));
    const before = await dispatch('appInfo', undefined);
    expect(before.ok && before.value.catalogue.origin).toBe('bundled');

    expect(await dispatch('catalogueImportConfirm', { reviewId: review.reviewId })).toMatchObject({ ok: true, value: { version: '42.0.0' } });
    const after = await dispatch('appInfo', undefined);
    expect(after.ok && after.value.catalogue).toMatchObject({ version: '42.0.0', origin: 'imported' });
  });
});
