import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EnvelopeError, FORMAT_VERSION, KEY_KINDS, isEnvelope, open, readHeader, seal } from '../../../main/services/crypto/envelope';
import { fileKeyProvider } from '../../../main/services/crypto/key-provider';
import { openWithPassphrase, sealWithPassphrase } from '../../../main/services/crypto/passphrase-file';
import { decodeScryptParams, encodeScryptParams, newScryptParams } from '../../../main/services/crypto/passphrase-key';

const NAME = 'Zyxwvut Quenby-Marchetti';
const plaintext = Buffer.from(JSON.stringify({ members: [{ name: NAME, phone: '555-0100' }] }));
// Tests use a low scrypt cost; the app uses DEFAULT_LOG_N.
const FAST = 12;

function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(Buffer.from(text).toString('base64')), Buffer.from(Buffer.from(text).toString('hex'))];
}

describe('the encrypted envelope', () => {
  it('round-trips, and the sealed bytes hold the content in no encoding', () => {
    const key = randomBytes(32);
    const sealed = seal(plaintext, key, KEY_KINDS.wrappedDataKey, Buffer.from('wrapped'));
    expect(isEnvelope(sealed)).toBe(true);
    expect(readHeader(sealed)).toMatchObject({ version: FORMAT_VERSION, keyKind: KEY_KINDS.wrappedDataKey });
    for (const needle of encodings(NAME)) expect(sealed.includes(needle)).toBe(false);
    expect(open(sealed, key)).toEqual(plaintext);
  });

  it('uses a fresh IV each time: the same content never seals to the same bytes', () => {
    const key = randomBytes(32);
    expect(seal(plaintext, key, KEY_KINDS.wrappedDataKey).equals(seal(plaintext, key, KEY_KINDS.wrappedDataKey))).toBe(false);
  });

  it('refuses a wrong key, and any changed byte, header included', () => {
    const key = randomBytes(32);
    const sealed = seal(plaintext, key, KEY_KINDS.wrappedDataKey, Buffer.from('info'));
    expect(() => open(sealed, randomBytes(32))).toThrow(EnvelopeError);
    for (const at of [5, 8, 12, 30, sealed.length - 20, sealed.length - 1]) {
      const changed = Buffer.from(sealed);
      changed.writeUInt8(changed.readUInt8(at) ^ 0x01, at);
      expect(() => open(changed, key), `byte ${at}`).toThrow(EnvelopeError);
    }
  });

  it('says what is wrong with a file that is not an envelope, cut short or from a newer format', () => {
    expect(() => readHeader(Buffer.from('{"members":[]}'))).toThrow('not an encrypted TTA Navigator file');
    const sealed = seal(plaintext, randomBytes(32), KEY_KINDS.passphrase);
    expect(() => readHeader(sealed.subarray(0, 20))).toThrow('cut short');
    const newer = Buffer.from(sealed);
    newer.writeUInt8(9, 4);
    expect(() => readHeader(newer)).toThrow('format 9');
  });
});

describe('passphrase files (Back up data…)', () => {
  it('opens with the right passphrase and tells a wrong one apart', async () => {
    const sealed = await sealWithPassphrase(plaintext, 'correct horse battery', FAST);
    for (const needle of encodings(NAME)) expect(sealed.includes(needle)).toBe(false);
    expect(await openWithPassphrase(sealed, 'correct horse battery')).toEqual({ ok: true, plaintext });
    expect(await openWithPassphrase(sealed, 'correct horse batterY')).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
  });

  it('refuses a short passphrase, a file without one and out-of-range scrypt settings', async () => {
    await expect(sealWithPassphrase(plaintext, 'short', FAST)).rejects.toThrow('at least 10 characters');
    expect(await openWithPassphrase(seal(plaintext, randomBytes(32), KEY_KINDS.wrappedDataKey), 'whatever it is')).toMatchObject({ reason: 'not-passphrase-file' });
    const params = encodeScryptParams({ ...newScryptParams(), logN: 30 });
    expect(() => decodeScryptParams(params)).toThrow('out of range');
    expect(await openWithPassphrase(seal(plaintext, randomBytes(32), KEY_KINDS.passphrase, params), 'whatever it is')).toMatchObject({ reason: 'damaged' });
  });
});

describe('fileKeyProvider', () => {
  const dirs: string[] = [];
  afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

  it('creates a 32-byte key once, 0600, and gives the same key back after a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tta-key-'));
    dirs.push(dir);
    const file = join(dir, 'data.key');
    const first = await fileKeyProvider(file).dataKey();
    expect(first).toHaveLength(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await fileKeyProvider(file).dataKey()).toEqual(first);
    expect(await readFile(file)).toEqual(first);
  });
});
