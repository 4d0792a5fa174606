import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { lazySchema } from '../../../shared/validation/lazy-schema';
import { durableFiles } from '../durable-file';
import { UserFacingError } from '../user-facing-error';
import type { KeyProvider } from './key-provider';
import { openWithPassphrase, sealWithPassphrase } from './passphrase-file';

export const KEY_FILE_NAME = 'tta-navigator-key.json';

/** The key file says "system key store" and this start has none: refuse, never make a new key (that would orphan the data). */
export const KEY_STORE_GONE_MESSAGE =
  'Your data is locked with this computer’s system keyring, which is not available now. Nothing in your data folder was changed. Sign in to your desktop normally so the keyring unlocks (on Linux: GNOME Keyring or KWallet), then start TTA Navigator again.';

/** How the data key is protected on disk: never the key itself, only what the wrapper made of it. */
const keyFileSchema = lazySchema(() => z.object({ format: z.literal(1), protection: z.enum(['os-key-store', 'passphrase']), wrappedKey: z.string().min(1) }).strict());
export type KeyProtection = z.infer<typeof keyFileSchema>['protection'];

/** Wraps and unwraps the 32-byte data key: Electron safeStorage, or a passphrase. */
export interface KeyWrapper {
  readonly protection: KeyProtection;
  readonly description: string;
  wrap(key: Buffer): Promise<Buffer> | Buffer;
  unwrap(wrapped: Buffer): Promise<Buffer> | Buffer;
}

const keyFiles = durableFiles({ mode: 0o600 });

/** A passphrase that does not open the key file: an answer to give the user, not a failure. */
export class WrongPassphraseError extends UserFacingError {
  constructor(message = 'That passphrase does not open your data. Check it (is Caps Lock on?) and try again. Nothing was changed.') {
    super(message);
    this.name = 'WrongPassphraseError';
  }
}

const DAMAGED_KEY_FILE = `The key file that opens your data (${KEY_FILE_NAME}) is damaged. Restore it from your computer's backup, or restore your data from a passphrase-protected backup file.`;

/** How the key file in the data folder is protected; "none" when there is no key file yet. Never replaces or repairs it. */
export async function readKeyProtection(keyFile: string): Promise<KeyProtection | 'none' | 'damaged'> {
  const bytes = await readFile(keyFile).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (bytes === null) return 'none';
  try {
    return keyFileSchema.parse(JSON.parse(bytes.toString('utf8'))).protection;
  } catch {
    return 'damaged';
  }
}

/**
 * Wraps the data key anew (a new passphrase): the key file is replaced atomically, so a crash
 * leaves the old or the new wrapping, never neither. The key itself, and so every data file,
 * stays the same. Throws WrongPassphraseError (nothing changed) when `from` does not open it.
 */
export async function rewrapKeyFile(keyFile: string, from: KeyWrapper, to: KeyWrapper): Promise<void> {
  const record = await readKeyRecord(keyFile);
  if (record.protection !== from.protection) throw new UserFacingError('Your data key is not protected by a passphrase, so there is none to change.');
  const key = Buffer.from(await from.unwrap(Buffer.from(record.wrappedKey, 'base64')));
  if (key.length !== 32) throw new UserFacingError(DAMAGED_KEY_FILE);
  const next = { format: 1, protection: to.protection, wrappedKey: Buffer.from(await to.wrap(key)).toString('base64') };
  await keyFiles.write(keyFile, JSON.stringify(next));
  // Read back: the old wrapping is gone now, so the new one must open the same key.
  const back = Buffer.from(await to.unwrap(Buffer.from((await readKeyRecord(keyFile)).wrappedKey, 'base64')));
  if (!back.equals(key)) throw new Error(`${KEY_FILE_NAME} did not read back as written`);
}

async function readKeyRecord(keyFile: string): Promise<z.infer<typeof keyFileSchema>> {
  const bytes = await keyFiles.read(keyFile);
  if (bytes === null) throw new UserFacingError(`The key file that opens your data (${KEY_FILE_NAME}) is missing.`);
  try {
    return keyFileSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw new UserFacingError(DAMAGED_KEY_FILE);
  }
}

/**
 * The data key, created at random on first use and kept only wrapped (key file 0600 in the
 * data folder). A key file protected another way (say a passphrase, when this start offers the
 * OS key store) is refused with a message rather than replaced: replacing it would lose the data.
 */
export function wrappedKeyProvider(keyFile: string, wrapper: KeyWrapper): KeyProvider {
  let key: Buffer | null = null;
  return {
    description: wrapper.description,
    protection: wrapper.protection,
    hasKey: async () => (await readFile(keyFile).catch(() => null)) !== null,
    async dataKey() {
      if (key) return key;
      const bytes = await keyFiles.read(keyFile);
      if (bytes === null) {
        const fresh = randomBytes(32);
        const record = { format: 1, protection: wrapper.protection, wrappedKey: Buffer.from(await wrapper.wrap(fresh)).toString('base64') };
        await keyFiles.write(keyFile, JSON.stringify(record));
        key = fresh;
        return key;
      }
      let record;
      try {
        record = keyFileSchema.parse(JSON.parse(bytes.toString('utf8')));
      } catch {
        throw new UserFacingError(DAMAGED_KEY_FILE);
      }
      if (record.protection !== wrapper.protection) {
        throw new UserFacingError(
          record.protection === 'passphrase'
            ? 'Your data is protected by a passphrase, but this start offered the system key store instead.'
            : KEY_STORE_GONE_MESSAGE,
        );
      }
      const unwrapped = Buffer.from(await wrapper.unwrap(Buffer.from(record.wrappedKey, 'base64')));
      if (unwrapped.length !== 32) throw new UserFacingError(`The key file that opens your data (${KEY_FILE_NAME}) is damaged.`);
      key = unwrapped;
      return key;
    },
  };
}

/** Where the OS has no key store (Linux without a keyring): the data key is wrapped under a passphrase (scrypt). */
export function passphraseWrapper(passphrase: string, logN?: number): KeyWrapper {
  return {
    protection: 'passphrase',
    description: 'your passphrase',
    wrap: (key) => sealWithPassphrase(key, passphrase, logN),
    async unwrap(wrapped) {
      const opened = await openWithPassphrase(wrapped, passphrase);
      if (!opened.ok) throw opened.reason === 'wrong-passphrase' ? new WrongPassphraseError() : new UserFacingError(opened.message);
      return opened.plaintext;
    },
  };
}
