import type { KeyProvider } from './key-provider';
import { KEY_STORE_GONE_MESSAGE, readKeyProtection } from './wrapped-key-provider';
import { UserFacingError } from '../user-facing-error';

/** Where this start takes the data key from: a provider ready now, or a passphrase the user types first. */
export type KeySource = { kind: 'provider'; provider: KeyProvider } | { kind: 'passphrase'; keyFile: string; logN?: number };

export interface KeySourceOptions {
  /** tta-navigator-key.json in the data folder. */
  keyFile: string;
  /** Whether the OS offers a real key store now (main/electron/key-store-choice.ts). */
  keyStoreReal: boolean;
  /** The OS key store provider; only built when it is the one to use. */
  osProvider: () => KeyProvider;
  /** scrypt cost for a new passphrase (tests lower it); the default is passphrase-key.ts's. */
  logN?: number;
}

/**
 * The key file decides, never the mood of the desktop session: a folder protected by a
 * passphrase keeps asking for it even when a keyring appears later, and a folder protected by
 * the keyring is refused with a message (not given a fresh key) when the keyring is gone. Only
 * a folder with no key file yet follows what the computer offers: the keyring, or a passphrase.
 */
export async function chooseKeySource(options: KeySourceOptions): Promise<KeySource> {
  const passphrase: KeySource = { kind: 'passphrase', keyFile: options.keyFile, ...(options.logN ? { logN: options.logN } : {}) };
  const found = await readKeyProtection(options.keyFile);
  switch (found) {
    case 'passphrase':
      return passphrase;
    case 'os-key-store':
      if (!options.keyStoreReal) throw new UserFacingError(KEY_STORE_GONE_MESSAGE);
      return { kind: 'provider', provider: options.osProvider() };
    case 'damaged':
      // The provider refuses it with the message that says how to recover.
      return options.keyStoreReal ? { kind: 'provider', provider: options.osProvider() } : passphrase;
    case 'none':
      return options.keyStoreReal ? { kind: 'provider', provider: options.osProvider() } : passphrase;
  }
}
