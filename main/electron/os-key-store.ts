import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { KeyProvider } from '../services/crypto/key-provider';
import { KEY_FILE_NAME, wrappedKeyProvider } from '../services/crypto/wrapped-key-provider';
import { UserFacingError } from '../services/user-facing-error';
import { hasRealKeyStore } from './key-store-choice';

export const NO_KEY_STORE_MESSAGE =
  'TTA Navigator keeps your records encrypted with a key held by your system’s key store, and none is available. On Linux, install and unlock GNOME Keyring (or KWallet), then start TTA Navigator again. Nothing was written to your data folder.';

/** The data key wrapped by the OS key store (safeStorage), in tta-navigator-key.json beside the data. Call after 'ready'. */
export function osKeyProvider(dataDir: string, platform: NodeJS.Platform = process.platform): KeyProvider {
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
  if (!hasRealKeyStore(safeStorage.isEncryptionAvailable(), backend, platform)) throw new UserFacingError(NO_KEY_STORE_MESSAGE);
  const description = platform === 'win32' ? 'Windows (DPAPI)' : platform === 'darwin' ? 'the macOS Keychain' : `the system keyring (${backend})`;
  return wrappedKeyProvider(join(dataDir, KEY_FILE_NAME), {
    protection: 'os-key-store',
    description,
    wrap: (key) => safeStorage.encryptString(key.toString('base64')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  });
}
