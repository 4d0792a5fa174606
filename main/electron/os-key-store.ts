import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { KeyProvider } from '../services/crypto/key-provider';
import { KEY_FILE_NAME, wrappedKeyProvider } from '../services/crypto/wrapped-key-provider';
import { UserFacingError } from '../services/user-facing-error';
import { hasRealKeyStore } from './key-store-choice';

export const KEY_STORE_REFUSED_MESSAGE =
  'The system keyring did not open the key to your data: it may have been reset or replaced. Nothing in your data folder was changed or deleted. If you can bring the old keyring back (for example by signing in with your old password), start TTA Navigator again; otherwise restore your data from a Back up data… file with its passphrase.';

/** Whether safeStorage has a real key store now (not Linux's basic_text). Call after 'ready'. */
export function osKeyStoreIsReal(platform: NodeJS.Platform = process.platform): boolean {
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  return hasRealKeyStore(safeStorage.isEncryptionAvailable(), backend, platform);
}

/** The data key wrapped by the OS key store (safeStorage), in tta-navigator-key.json beside the data. Call after 'ready'. */
export function osKeyProvider(dataDir: string, platform: NodeJS.Platform = process.platform): KeyProvider {
  const description =
    platform === 'win32' ? 'Windows (DPAPI)' : platform === 'darwin' ? 'the macOS Keychain' : `the system keyring (${safeStorage.getSelectedStorageBackend()})`;
  return wrappedKeyProvider(join(dataDir, KEY_FILE_NAME), {
    protection: 'os-key-store',
    description,
    wrap: (key) => safeStorage.encryptString(key.toString('base64')),
    unwrap: (wrapped) => {
      try {
        return Buffer.from(safeStorage.decryptString(wrapped), 'base64');
      } catch {
        // Never a fresh key in its place: the data would be lost for good.
        throw new UserFacingError(KEY_STORE_REFUSED_MESSAGE);
      }
    },
  });
}
