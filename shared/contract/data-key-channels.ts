import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import type { DataProtection, UnlockResult, UnlockStatus } from '../model/data-key';
import { givenPassphraseSchema, newPassphraseSchema } from '../model/passphrase';
import { channel } from './channel';

const none = lazySchema(() => z.undefined());

/**
 * The key that opens the data folder. Where the computer has no keyring, the app starts
 * locked: only the three unlock channels answer, every other call waits until the data is open
 * (main/data-key-gate.ts).
 */
export const dataKeyChannels = {
  /** Open, a passphrase to choose (first start), or one to type. */
  unlockStatus: channel<UnlockStatus>()(() => none),
  /** First start without a keyring: protect the data key with this passphrase and open the data. */
  unlockCreate: channel<UnlockResult>()(() => z.object({ passphrase: newPassphraseSchema }).strict()),
  /** Later starts: open the data with the passphrase; a wrong one is answered, with a wait after several. */
  unlockOpen: channel<UnlockResult>()(() => z.object({ passphrase: givenPassphraseSchema }).strict()),
  /** What protects the data key now, for Settings. */
  dataProtectionGet: channel<DataProtection>()(() => none),
  /** Settings: wrap the data key under a new passphrase (the current one is checked first). */
  passphraseChange: channel<DataProtection>()(() => z.object({ current: givenPassphraseSchema, next: newPassphraseSchema }).strict()),
} as const;
