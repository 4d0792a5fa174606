import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startWithKey } from '../../../main/data-key-gate';
import { isEnvelope } from '../../../main/services/crypto/envelope';
import type { KeyProvider } from '../../../main/services/crypto/key-provider';
import { chooseKeySource } from '../../../main/services/crypto/key-source';
import { waitSecondsAfter } from '../../../main/services/crypto/unlock-back-off';
import {
  KEY_FILE_NAME,
  KEY_STORE_GONE_MESSAGE,
  passphraseWrapper,
  readKeyProtection,
  WrongPassphraseError,
  wrappedKeyProvider,
} from '../../../main/services/crypto/wrapped-key-provider';
import { openStore, DATA_FILE_NAME } from '../../../main/services/store';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api';
import type { Envelope } from '../../../shared/client';
import { memberInput } from '../store/app-harness';
import { useTempDirs } from '../store/temp-dir';
import { filesUnder, whereFound } from './leak-scan';

const CATALOGUE = fileURLToPath(new URL('../../../data/catalogue.json', import.meta.url));
// The lowest cost the key info accepts: these tests derive dozens of keys.
const LOG_N = 10;
const RIGHT = 'correct horse battery staple';
const UNIQUE = 'Xylophant Quirrelby-Osei';

/** The main side as main.ts starts it without a keyring, with a clock the test moves. */
async function start(dir: string, clock = { ms: Date.parse('2026-06-01T12:00:00Z') }) {
  const source = await chooseKeySource({ keyFile: join(dir, KEY_FILE_NAME), keyStoreReal: false, osProvider: () => fail('the OS key store was asked for'), logN: LOG_N });
  const started = await startWithKey(
    {
      dataDir: dir,
      bundledCataloguePath: CATALOGUE,
      app: { name: 'TTA Navigator', version: '1.0.0', runtime: {}, license: 'MIT' },
      openExternal: async () => undefined,
      dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null },
      now: () => new Date(clock.ms),
      store: { backupEveryMs: 0, readDelaysMs: [1, 2, 4], renameDelaysMs: [1, 2, 4] },
    },
    source,
    () => clock.ms,
  );
  const raw = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => started.dispatch(channel, input) as Promise<Envelope<ChannelOutput<C>>>;
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const envelope = await raw(channel, input);
    if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
    return envelope.value;
  };
  return { started, raw, call, clock, close: async () => started.services()?.store.close() };
}

/** The names in a full team list (a first call never gets the "unchanged" answer). */
function memberNames(list: ChannelOutput<'teamList'>): string[] {
  return 'members' in list ? list.members.map((m) => m.name) : fail('the team list came back unchanged');
}

function fail(why: string): never {
  throw new Error(why);
}

const stubOs: KeyProvider = { description: 'the system keyring (gnome_libsecret)', protection: 'os-key-store', dataKey: async () => Buffer.alloc(32), hasKey: async () => true };

describe('the data key under a passphrase (Linux without a keyring)', () => {
  const tempDir = useTempDirs();

  it('wraps and unwraps the data key; a wrong passphrase is told apart and gets no key', async () => {
    const dir = await tempDir();
    const keyFile = join(dir, KEY_FILE_NAME);
    const key = await wrappedKeyProvider(keyFile, passphraseWrapper(RIGHT, LOG_N)).dataKey();
    expect(key).toHaveLength(32);
    expect(await readFile(keyFile, 'utf8')).not.toContain(key.toString('base64'));
    expect(await readKeyProtection(keyFile)).toBe('passphrase');
    expect((await wrappedKeyProvider(keyFile, passphraseWrapper(RIGHT, LOG_N)).dataKey()).equals(key)).toBe(true);
    await expect(wrappedKeyProvider(keyFile, passphraseWrapper('Correct horse battery staple', LOG_N)).dataKey()).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('chooses the provider from the key file, then from what the computer offers', async () => {
    const dir = await tempDir();
    const keyFile = join(dir, KEY_FILE_NAME);
    const choose = (keyStoreReal: boolean) => chooseKeySource({ keyFile, keyStoreReal, osProvider: () => stubOs });
    // No key file yet: the keyring where there is one, a passphrase where there is none (basic_text).
    expect((await choose(true)).kind).toBe('provider');
    expect(await choose(false)).toEqual({ kind: 'passphrase', keyFile });
    // A passphrase folder keeps its passphrase when a keyring appears later.
    await wrappedKeyProvider(keyFile, passphraseWrapper(RIGHT, LOG_N)).dataKey();
    expect(await choose(true)).toEqual({ kind: 'passphrase', keyFile });
    // A keyring folder whose keyring is gone is refused, and its key file is left as it was.
    const keyringFile = JSON.stringify({ format: 1, protection: 'os-key-store', wrappedKey: 'AAAA' });
    await writeFile(keyFile, keyringFile);
    await expect(choose(false)).rejects.toThrow(KEY_STORE_GONE_MESSAGE);
    expect(await readFile(keyFile, 'utf8')).toBe(keyringFile);
    expect(await choose(true)).toEqual({ kind: 'provider', provider: stubOs });
  });

  it('waits longer after each wrong passphrase past the third, up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(waitSecondsAfter)).toEqual([0, 0, 0, 5, 10, 20, 40, 60, 60]);
  });

  it('first start: nothing is written until a passphrase is chosen, other calls wait, then everything is encrypted', async () => {
    const dir = await tempDir();
    const app = await start(dir);
    expect(await app.call('unlockStatus', undefined)).toMatchObject({ state: 'new-passphrase' });
    expect(await readdir(dir)).toEqual([]);
    let settled = false;
    const settings = app.call('settingsGet', undefined).then((value) => ((settled = true), value));
    await app.call('unlockStatus', undefined);
    expect(settled).toBe(false);
    // A too-short passphrase is refused by the schema, and still nothing is written.
    expect((await app.raw('unlockCreate', { passphrase: 'short' })).ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
    expect(await app.call('unlockCreate', { passphrase: RIGHT })).toEqual({ opened: true });
    expect((await settings).theme).toBeDefined();
    expect(await app.call('unlockStatus', undefined)).toEqual({ state: 'open' });
    expect(await app.call('dataProtectionGet', undefined)).toEqual({ protection: 'passphrase', description: 'your passphrase' });
    expect((await app.raw('unlockCreate', { passphrase: RIGHT })).ok).toBe(false);
    await app.call('memberCreate', { ...memberInput(UNIQUE), phone: '555-0100-7788' });
    await app.close();
    expect(await readKeyProtection(join(dir, KEY_FILE_NAME))).toBe('passphrase');
    for (const path of await filesUnder(dir)) if (!path.endsWith(KEY_FILE_NAME)) expect({ path, encrypted: isEnvelope(await readFile(path)) }).toEqual({ path, encrypted: true });
    expect(await whereFound(dir, UNIQUE)).toEqual([]);
    expect(await whereFound(dir, '555-0100-7788')).toEqual([]);
  });

  it('later starts: a wrong passphrase is refused with nothing changed, waits grow after three, the right one opens everything', async () => {
    const dir = await tempDir();
    const first = await start(dir);
    await first.call('unlockCreate', { passphrase: RIGHT });
    await first.call('memberCreate', memberInput(UNIQUE));
    await first.close();
    const before = new Map(await Promise.all((await filesUnder(dir)).map(async (p) => [p, await readFile(p)] as const)));

    const app = await start(dir);
    expect(await app.call('unlockStatus', undefined)).toMatchObject({ state: 'locked', retryInSeconds: 0 });
    const members = app.call('teamList', {});
    for (const n of [1, 2]) {
      const reply = await app.call('unlockOpen', { passphrase: `wrong ${n} passphrase` });
      expect(reply).toEqual({ opened: false, message: expect.stringMatching(/does not open your data/), retryInSeconds: 0 });
    }
    expect(await app.call('unlockOpen', { passphrase: 'wrong 3 passphrase' })).toMatchObject({ opened: false, retryInSeconds: 5 });
    // During the wait even the right passphrase is not tried.
    expect(await app.call('unlockOpen', { passphrase: RIGHT })).toEqual({ opened: false, message: expect.stringMatching(/Wait 5 seconds/), retryInSeconds: 5 });
    expect(await app.call('unlockStatus', undefined)).toMatchObject({ state: 'locked', retryInSeconds: 5 });
    app.clock.ms += 5_000;
    expect(await app.call('unlockOpen', { passphrase: 'wrong 4 passphrase' })).toMatchObject({ opened: false, retryInSeconds: 10 });
    // Nothing in the folder changed through all of that.
    for (const [path, bytes] of before) expect({ path, same: (await readFile(path)).equals(bytes) }).toEqual({ path, same: true });
    app.clock.ms += 10_000;
    expect(await app.call('unlockOpen', { passphrase: RIGHT })).toEqual({ opened: true });
    expect(memberNames(await members)).toEqual([UNIQUE]);
    await app.close();
  });

  it('migrates a plain folder of an earlier version with the passphrase provider, leaving no readable copy', async () => {
    const dir = await tempDir();
    const plain = await openStore({ dir, appVersion: '0.9.0', backupEveryMs: 0 });
    await plain.update((d) => {
      d.members.push({ id: 'm-plain', ...memberInput(UNIQUE), audiences: ['law-enforcement'], active: true });
    });
    await plain.close();
    expect((await whereFound(dir, UNIQUE)).length).toBeGreaterThan(0);
    const app = await start(dir);
    expect(await app.call('unlockStatus', undefined)).toMatchObject({ state: 'new-passphrase' });
    await app.call('unlockCreate', { passphrase: RIGHT });
    expect(memberNames(await app.call('teamList', {}))).toEqual([UNIQUE]);
    await app.close();
    expect(isEnvelope(await readFile(join(dir, DATA_FILE_NAME)))).toBe(true);
    expect(await whereFound(dir, UNIQUE)).toEqual([]);
  });

  it('changes the passphrase in Settings: a wrong current one changes nothing; afterwards only the new one opens the same data', async () => {
    const dir = await tempDir();
    const keyFile = join(dir, KEY_FILE_NAME);
    const first = await start(dir);
    await first.call('unlockCreate', { passphrase: RIGHT });
    await first.call('memberCreate', memberInput(UNIQUE));
    const keyBefore = await readFile(keyFile);
    const wrong = await first.raw('passphraseChange', { current: 'not the passphrase', next: 'a brand new passphrase' });
    expect(wrong).toEqual({ ok: false, error: { code: 'rejected', message: 'The current passphrase is not right. Nothing was changed.' } });
    expect((await readFile(keyFile)).equals(keyBefore)).toBe(true);
    await first.call('passphraseChange', { current: RIGHT, next: 'a brand new passphrase' });
    expect((await readFile(keyFile)).equals(keyBefore)).toBe(false);
    await first.close();

    const again = await start(dir);
    expect(await again.call('unlockOpen', { passphrase: RIGHT })).toMatchObject({ opened: false });
    expect(await again.call('unlockOpen', { passphrase: 'a brand new passphrase' })).toEqual({ opened: true });
    expect(memberNames(await again.call('teamList', {}))).toEqual([UNIQUE]);
    await again.close();
  });

  it('refuses a passphrase change where the keyring protects the data', async () => {
    const dir = await tempDir();
    const source = await chooseKeySource({ keyFile: join(dir, KEY_FILE_NAME), keyStoreReal: true, osProvider: () => stubOs });
    const started = await startWithKey(
      {
        dataDir: dir,
        bundledCataloguePath: CATALOGUE,
        app: { name: 'TTA Navigator', version: '1.0.0', runtime: {}, license: 'MIT' },
        openExternal: async () => undefined,
        dialogs: { chooseOpenFile: async () => null, chooseSaveFile: async () => null },
      },
      source,
    );
    expect(await started.dispatch('unlockStatus', undefined)).toEqual({ ok: true, value: { state: 'open' } });
    const reply = await started.dispatch('passphraseChange', { current: RIGHT, next: 'a brand new passphrase' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringMatching(/not by a passphrase/) } });
    await started.services()?.store.close();
  });
});
