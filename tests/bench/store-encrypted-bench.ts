import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atRestTransform } from '../../main/services/crypto/at-rest-transform';
import type { ByteTransform } from '../../main/services/durable-file';
import { openStore, type Store } from '../../main/services/store';
import type { Catalogue } from '../../shared/catalogue/schema';
import { median } from './stats';
import { syntheticUserData } from './user-data-fixture';

export interface EncryptedStoreFigures {
  /** Start-up load (trusted) of the encrypted file and of the same data as a plain file. */
  loadEncryptedMs: number;
  loadPlainMs: number;
  /** One completion added, durably, to the encrypted and to the plain store. */
  saveEncryptedMs: number;
  savePlainMs: number;
}

/**
 * Encryption at rest against no encryption, at 1,000 members and 100,000 completions: the same
 * data in two folders, one written through the AES-256-GCM transform. Loads and saves of the
 * two alternate in ABBA order, so both see the same machine state and neither always goes first.
 */
export async function benchEncryptedStore(catalogue: Catalogue, runs: number, size = { members: 1000, completions: 100_000 }): Promise<EncryptedStoreFigures> {
  const root = await mkdtemp(join(tmpdir(), 'tta-bench-encrypted-'));
  try {
    const data = syntheticUserData({ ...size, catalogue });
    const transform = atRestTransform(randomBytes(32));
    const folders: { dir: string; transform?: ByteTransform }[] = [{ dir: join(root, 'plain') }, { dir: join(root, 'encrypted'), transform }];
    const open = (f: (typeof folders)[number]) => openStore({ dir: f.dir, appVersion: 'bench', ...(f.transform ? { transform: f.transform } : {}) });
    for (const folder of folders) {
      // Written once through the store, as the app would have left it (trusted from then on).
      const store = await open(folder);
      await store.replaceAll(data, 'bench');
      await store.idle();
      await store.close();
    }

    // ABBA order (plain first, then encrypted first, …): neither side always gets the warmer cache.
    const order = (i: number) => (i % 2 === 0 ? [0, 1] : [1, 0]);
    const loads: [number[], number[]] = [[], []];
    for (let i = -1; i < runs; i++) {
      for (const k of order(i + 1)) {
        const folder = folders[k]!;
        const t = performance.now();
        const store = await open(folder);
        const ms = performance.now() - t;
        if (store.loadedBy() !== 'trusted') throw new Error(`bench: expected a trusted load of ${folder.dir}, got ${store.loadedBy()}`);
        // Background work (start-up backup, cache warm-up) ends untimed.
        await store.idle();
        await store.close();
        if (i >= 0) loads[k]!.push(ms);
      }
    }

    const stores: Store[] = [];
    for (const folder of folders) {
      const store = await open(folder);
      await store.idle();
      stores.push(store);
    }
    const template = stores[0]!.data().completions[0]!;
    let n = 0;
    const addOne = (store: Store) => () =>
      store.update((d) => {
        d.completions.push({ ...template, id: `c-bench-${n++}` });
      });
    const saves: [number[], number[]] = [[], []];
    for (let i = -1; i < runs + 2; i++) {
      for (const k of order(i + 1)) {
        const t = performance.now();
        await addOne(stores[k]!)();
        if (i >= 0) saves[k]!.push(performance.now() - t);
      }
    }
    const [savePlain, saveEncrypted] = saves;
    for (const store of stores) await store.close();
    return { loadPlainMs: median(loads[0]), loadEncryptedMs: median(loads[1]), savePlainMs: median(savePlain), saveEncryptedMs: median(saveEncrypted) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
