import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/**
 * How the key that opens the data folder is kept: by the system's key store (DPAPI, Keychain,
 * a Linux keyring), by a passphrase typed at start (Linux without a keyring), by a key file
 * (tests and the e2e harness), or not at all (benchmarks and screenshots over a plain folder).
 */
export const dataProtectionSchema = lazySchema(() => z.object({
  protection: z.enum(['os-key-store', 'passphrase', 'key-file', 'none']),
  /** Names the protection in coordinator words, e.g. "the macOS Keychain" or "your passphrase". */
  description: z.string(),
}));
export type DataProtection = z.infer<typeof dataProtectionSchema>;

/**
 * Whether the data can be used yet. "open": the data folder is open. "new-passphrase": first
 * start on a computer without a keyring, a passphrase must be chosen. "locked": the passphrase
 * must be typed; retryInSeconds is the wait left after repeated wrong ones.
 */
export const unlockStatusSchema = lazySchema(() => z.discriminatedUnion('state', [
  z.object({ state: z.literal('open') }),
  /** dataFolder: written ~/… (shared/support-path.ts), for the "forgot it" advice. */
  z.object({ state: z.literal('new-passphrase'), dataFolder: z.string() }),
  z.object({ state: z.literal('locked'), retryInSeconds: z.number().int().min(0), dataFolder: z.string() }),
]));
export type UnlockStatus = z.infer<typeof unlockStatusSchema>;

/** A typed passphrase either opened the data, or did not: the message says why and how long to wait. */
export const unlockResultSchema = lazySchema(() => z.discriminatedUnion('opened', [
  z.object({ opened: z.literal(true) }),
  z.object({ opened: z.literal(false), message: z.string(), retryInSeconds: z.number().int().min(0) }),
]));
export type UnlockResult = z.infer<typeof unlockResultSchema>;
