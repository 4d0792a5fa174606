import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EnvelopeError, MAGIC, type KeyKind } from './envelope';

/**
 * The at-rest file format (envelope version 2): the data file is written as the serializer's
 * pieces, each sealed on its own (AES-256-GCM, fresh IV), and closed by a sealed manifest
 * listing every piece's tag in order.
 *
 *   header: magic "TTAE" (4) | version 2 (1) | key kind (1) | key-info length (2, BE) | key info
 *   piece:  1 (1) | length (4, BE) | IV (12) | ciphertext | tag (16)      AAD = header
 *   last:   2 (1) | length (4, BE) | IV (12) | sealed count + tags | tag   AAD = header + "manifest"
 *
 * Why pieces: a save that changes one completion in 100,000 re-encrypts one block, not 30 MB
 * (the serializer hands unchanged blocks back as the same Buffer objects, so their sealed form
 * is reused, like their hash in trusted-file.ts). Re-using a sealed piece repeats an IV only
 * with the same plaintext, which GCM allows. The manifest authenticates the order and the
 * completeness of the pieces: a piece dropped, repeated, moved or taken from another file,
 * and a file cut short, all fail to open.
 */
export const CHUNKED_VERSION = 2;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PIECE = 1;
const MANIFEST = 2;
const RECORD_HEAD = 1 + 4 + IV_BYTES;

export function chunkedHeader(keyKind: KeyKind, keyInfo: Uint8Array): Buffer {
  const header = Buffer.alloc(8 + keyInfo.length);
  MAGIC.copy(header, 0);
  header.writeUInt8(CHUNKED_VERSION, 4);
  header.writeUInt8(keyKind, 5);
  header.writeUInt16BE(keyInfo.length, 6);
  Buffer.from(keyInfo).copy(header, 8);
  return header;
}

function sealRecord(kind: number, pieces: readonly Uint8Array[], key: Uint8Array, aad: Buffer): Buffer[] {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = pieces.map((p) => cipher.update(p));
  body.push(cipher.final());
  const length = body.reduce((n, b) => n + b.length, 0);
  const head = Buffer.alloc(RECORD_HEAD);
  head.writeUInt8(kind, 0);
  head.writeUInt32BE(length, 1);
  iv.copy(head, 5);
  return [head, ...body, cipher.getAuthTag()];
}

/** Seals pieces under one key; `cache` keeps each piece's sealed record for as long as the piece object lives. */
export function sealChunked(chunks: readonly Buffer[], key: Uint8Array, header: Buffer, cache: WeakMap<Buffer, Buffer>): Buffer[] {
  const out: Buffer[] = [header];
  const tags: Buffer[] = [];
  for (const chunk of chunks) {
    if (chunk.length === 0) continue;
    let record = cache.get(chunk);
    if (!record) {
      record = Buffer.concat(sealRecord(PIECE, [chunk], key, header));
      cache.set(chunk, record);
    }
    out.push(record);
    tags.push(record.subarray(record.length - TAG_BYTES));
  }
  const count = Buffer.alloc(4);
  count.writeUInt32BE(tags.length, 0);
  out.push(...sealRecord(MANIFEST, [count, ...tags], key, Buffer.concat([header, Buffer.from('manifest')])));
  return out;
}

function openRecord(bytes: Buffer, at: number, key: Uint8Array, aad: Buffer): { kind: number; plain: Buffer; tag: Buffer; next: number } {
  if (at + RECORD_HEAD + TAG_BYTES > bytes.length) throw new EnvelopeError('the encrypted file is cut short');
  const kind = bytes.readUInt8(at);
  const length = bytes.readUInt32BE(at + 1);
  const iv = bytes.subarray(at + 5, at + RECORD_HEAD);
  const end = at + RECORD_HEAD + length;
  if (end + TAG_BYTES > bytes.length) throw new EnvelopeError('the encrypted file is cut short');
  const tag = bytes.subarray(end, end + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    const plain = decipher.update(bytes.subarray(at + RECORD_HEAD, end));
    decipher.final();
    return { kind, plain, tag, next: end + TAG_BYTES };
  } catch {
    throw new EnvelopeError('the key does not open this file, or the file was changed');
  }
}

/**
 * Opens a version-2 file whose header is `header` (already checked by the caller); throws
 * EnvelopeError on any change. The plaintext is written over the front of `bytes`, which is
 * consumed: each piece's plaintext is no longer than what precedes its ciphertext's end, so
 * no unread byte is overwritten, and a 30 MB file needs no second 30 MB buffer.
 */
export function openChunked(bytes: Buffer, key: Uint8Array, header: Buffer): Buffer {
  if (!bytes.subarray(0, header.length).equals(header)) throw new EnvelopeError('the file header does not match this data key');
  const manifestAad = Buffer.concat([header, Buffer.from('manifest')]);
  const tags: Buffer[] = [];
  let written = 0;
  let at = header.length;
  for (;;) {
    const isManifest = at < bytes.length && bytes.readUInt8(at) === MANIFEST;
    const record = openRecord(bytes, at, key, isManifest ? manifestAad : header);
    if (record.kind === PIECE) {
      tags.push(Buffer.from(record.tag));
      at = record.next;
      written += record.plain.copy(bytes, written);
      continue;
    }
    if (record.kind !== MANIFEST || record.next !== bytes.length) throw new EnvelopeError('the encrypted file was changed');
    const listed = record.plain;
    if (listed.length !== 4 + tags.length * TAG_BYTES || listed.readUInt32BE(0) !== tags.length) throw new EnvelopeError('the encrypted file was changed');
    tags.forEach((tag, i) => {
      if (!listed.subarray(4 + i * TAG_BYTES, 4 + (i + 1) * TAG_BYTES).equals(tag)) throw new EnvelopeError('the encrypted file was changed');
    });
    return bytes.subarray(0, written);
  }
}
