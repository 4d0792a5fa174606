import { randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';

/**
 * Where the data key comes from. The app wraps it with the OS key store (Electron safeStorage:
 * DPAPI, Keychain, libsecret; main/electron/safe-storage-key-provider.ts); tests and the e2e
 * harness use a key file. Either way the data folder never holds the key in the clear.
 */
export interface KeyProvider {
  /** Names the protection for Settings and logs, e.g. "Windows (DPAPI)" or "a key file". */
  readonly description: string;
  /** What keeps the key: Settings says so, and offers *Change passphrase* for "passphrase". */
  readonly protection: 'os-key-store' | 'passphrase' | 'key-file';
  /** The 32-byte data key, created on first use. */
  dataKey(): Promise<Buffer>;
  /** Whether a key exists yet: with encrypted files and no key, a fresh key would open nothing. */
  hasKey(): Promise<boolean>;
}

/**
 * A data key in a file of its own (0600), for tests and the harness. Not for the app: a key
 * beside the data it protects protects nothing.
 */
export function fileKeyProvider(keyFile: string): KeyProvider {
  let key: Buffer | null = null;
  return {
    description: 'a key file',
    protection: 'key-file',
    hasKey: async () => key !== null || (await readFile(keyFile).catch(() => null)) !== null,
    async dataKey() {
      if (key) return key;
      const existing = await readFile(keyFile).catch(() => null);
      if (existing) {
        if (existing.length !== 32) throw new Error(`${keyFile} is not a 32-byte key`);
        key = existing;
        return key;
      }
      const fresh = randomBytes(32);
      await writeFile(`${keyFile}.tmp`, fresh, { mode: 0o600, flag: 'w' });
      await rename(`${keyFile}.tmp`, keyFile);
      key = fresh;
      return key;
    },
  };
}
