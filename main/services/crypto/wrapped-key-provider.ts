import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { durableFiles } from '../durable-file';
import { UserFacingError } from '../user-facing-error';
import type { KeyProvider } from './key-provider';
import { openWithPassphrase, sealWithPassphrase } from './passphrase-file';

export const KEY_FILE_NAME = 'tta-navigator-key.json';

/** How the data key is protected on disk: never the key itself, only what the wrapper made of it. */
const keyFileSchema = z.object({ format: z.literal(1), protection: z.enum(['os-key-store', 'passphrase']), wrappedKey: z.string().min(1) }).strict();
export type KeyProtection = z.infer<typeof keyFileSchema>['protection'];

/** Wraps and unwraps the 32-byte data key: Electron safeStorage, or a passphrase. */
export interface KeyWrapper {
  readonly protection: KeyProtection;
  readonly description: string;
  wrap(key: Buffer): Promise<Buffer> | Buffer;
  unwrap(wrapped: Buffer): Promise<Buffer> | Buffer;
}

const keyFiles = durableFiles({ mode: 0o600 });

/**
 * The data key, created at random on first use and kept only wrapped (key file 0600 in the
 * data folder). A key file protected another way (say a passphrase, when this start offers the
 * OS key store) is refused with a message rather than replaced: replacing it would lose the data.
 */
export function wrappedKeyProvider(keyFile: string, wrapper: KeyWrapper): KeyProvider {
  let key: Buffer | null = null;
  return {
    description: wrapper.description,
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
        throw new UserFacingError(`The key file that opens your data (${KEY_FILE_NAME}) is damaged. Restore it from your computer's backup, or restore your data from a passphrase-protected backup file.`);
      }
      if (record.protection !== wrapper.protection) {
        throw new UserFacingError(
          record.protection === 'passphrase'
            ? 'Your data is protected by a passphrase, but this start offered the system key store instead.'
            : 'Your data is protected by the system key store (keychain), which is not available now. Sign in to your desktop session normally and start TTA Navigator again.',
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
      if (!opened.ok) throw new UserFacingError(opened.reason === 'wrong-passphrase' ? 'That passphrase does not open your data. Check it and try again.' : opened.message);
      return opened.plaintext;
    },
  };
}
