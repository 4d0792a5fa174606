import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/** Long enough that guessing it costs years at scrypt's cost (see main/services/crypto/passphrase-key.ts). */
export const MIN_PASSPHRASE_LENGTH = 10;

/** A passphrase the user chooses for a backup file (the confirm field is the form's job). */
export const newPassphraseSchema = lazySchema(() => z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  .max(1024, 'Choose a passphrase of at most 1,024 characters.'));

/** A passphrase typed to open a file: any length, so a wrong one is told apart rather than refused. */
export const givenPassphraseSchema = lazySchema(() => z.string().max(1024));
