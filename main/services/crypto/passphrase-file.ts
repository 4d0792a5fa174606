import { KEY_KINDS, EnvelopeError, open, readHeader, seal } from './envelope';
import { decodeScryptParams, deriveKey, encodeScryptParams, newScryptParams } from './passphrase-key';

import { MIN_PASSPHRASE_LENGTH } from '../../../shared/model/passphrase';

export { MIN_PASSPHRASE_LENGTH };

/** Encrypts bytes under a passphrase (for *Back up data…* files): scrypt key, AES-256-GCM envelope. */
export async function sealWithPassphrase(plaintext: Uint8Array, passphrase: string, logN?: number): Promise<Buffer> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const params = newScryptParams(logN);
  return seal(plaintext, await deriveKey(passphrase, params), KEY_KINDS.passphrase, encodeScryptParams(params));
}

export type PassphraseOpen = { ok: true; plaintext: Buffer } | { ok: false; reason: 'wrong-passphrase' | 'not-passphrase-file' | 'damaged'; message: string };

/** Opens a passphrase file; a wrong passphrase is told apart from a file that is not one. */
export async function openWithPassphrase(bytes: Uint8Array, passphrase: string): Promise<PassphraseOpen> {
  let params;
  try {
    const header = readHeader(bytes);
    if (header.keyKind !== KEY_KINDS.passphrase) return { ok: false, reason: 'not-passphrase-file', message: 'This file is not protected by a passphrase.' };
    params = decodeScryptParams(header.keyInfo);
  } catch (error) {
    return { ok: false, reason: 'damaged', message: `This file cannot be read: ${(error as Error).message}.` };
  }
  try {
    return { ok: true, plaintext: open(bytes, await deriveKey(passphrase, params)) };
  } catch (error) {
    if (error instanceof EnvelopeError) {
      return { ok: false, reason: 'wrong-passphrase', message: 'The passphrase does not open this backup (or the file was changed after it was saved).' };
    }
    throw error;
  }
}
