import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The encrypted file format: a versioned header, then AES-256-GCM ciphertext and its tag.
 *
 *   magic "TTAE" (4) | version 1 (1) | key kind (1) | key-info length (2, BE) | key info | IV (12) | ciphertext | tag (16)
 *
 * The header (everything before the ciphertext) is authenticated as associated data, so a
 * changed version, key kind or key info fails decryption like a changed byte of content.
 * "Key info" is what the key provider needs to find or rebuild the key (a wrapped data key,
 * or a passphrase's scrypt salt and cost); it is never secret on its own.
 */
export const MAGIC = Buffer.from('TTAE', 'latin1');
export const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FIXED_HEADER = MAGIC.length + 1 + 1 + 2;

export const KEY_KINDS = { wrappedDataKey: 1, passphrase: 2 } as const;
export type KeyKind = (typeof KEY_KINDS)[keyof typeof KEY_KINDS];

export class EnvelopeError extends Error {}

export function isEnvelope(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);
}

/** Seals one buffer, or the pieces of one (the data file's chunks are encrypted in place of a copy of all of them). */
export function seal(plaintext: Uint8Array | readonly Uint8Array[], key: Uint8Array, keyKind: KeyKind, keyInfo: Uint8Array = new Uint8Array(0)): Buffer {
  if (key.length !== 32) throw new EnvelopeError('AES-256 needs a 32-byte key');
  if (keyInfo.length > 0xffff) throw new EnvelopeError('key info is too long');
  const header = Buffer.alloc(FIXED_HEADER);
  MAGIC.copy(header, 0);
  header.writeUInt8(FORMAT_VERSION, 4);
  header.writeUInt8(keyKind, 5);
  header.writeUInt16BE(keyInfo.length, 6);
  const iv = randomBytes(IV_BYTES);
  const aad = Buffer.concat([header, keyInfo, iv]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const pieces = plaintext instanceof Uint8Array ? [plaintext] : plaintext;
  const out: Buffer[] = [aad];
  for (const piece of pieces) out.push(cipher.update(piece));
  out.push(cipher.final(), cipher.getAuthTag());
  return Buffer.concat(out);
}

export interface EnvelopeHeader {
  version: number;
  keyKind: KeyKind;
  keyInfo: Buffer;
}

/** Reads the header without decrypting: which key provider must supply the key. */
export function readHeader(bytes: Uint8Array): EnvelopeHeader {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!isEnvelope(buffer)) throw new EnvelopeError('not an encrypted TTA Navigator file');
  if (buffer.length < FIXED_HEADER) throw new EnvelopeError('the encrypted file is cut short');
  const version = buffer.readUInt8(4);
  // Version 2 is the at-rest format of chunked-envelope.ts; same header, pieces after it.
  if (version !== FORMAT_VERSION && version !== 2) throw new EnvelopeError(`encrypted with format ${version}, which this version of the app cannot read`);
  const keyKind = buffer.readUInt8(5);
  if (keyKind !== KEY_KINDS.wrappedDataKey && keyKind !== KEY_KINDS.passphrase) throw new EnvelopeError(`unknown key kind ${keyKind}`);
  const infoLength = buffer.readUInt16BE(6);
  if (buffer.length < FIXED_HEADER + infoLength + (version === FORMAT_VERSION ? IV_BYTES + TAG_BYTES : 0)) throw new EnvelopeError('the encrypted file is cut short');
  return { version, keyKind, keyInfo: buffer.subarray(FIXED_HEADER, FIXED_HEADER + infoLength) };
}

/** Decrypts and authenticates; a wrong key and a changed byte both fail with the same message. */
export function open(bytes: Uint8Array, key: Uint8Array): Buffer {
  const header = readHeader(bytes);
  if (header.version !== FORMAT_VERSION) throw new EnvelopeError(`format ${header.version} is opened with chunked-envelope.ts`);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const aadEnd = FIXED_HEADER + header.keyInfo.length + IV_BYTES;
  const iv = buffer.subarray(aadEnd - IV_BYTES, aadEnd);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(buffer.subarray(0, aadEnd));
  decipher.setAuthTag(buffer.subarray(buffer.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(buffer.subarray(aadEnd, buffer.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new EnvelopeError('the key does not open this file, or the file was changed');
  }
}
