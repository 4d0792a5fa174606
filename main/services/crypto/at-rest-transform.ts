import { createHash } from 'node:crypto';
import type { ByteTransform } from '../durable-file';
import { chunkedHeader, CHUNKED_VERSION, openChunked, sealChunked } from './chunked-envelope';
import { EnvelopeError, KEY_KINDS, isEnvelope, readHeader } from './envelope';

/** Eight bytes of the key's SHA-256: tells "another key" apart from "changed bytes" without revealing the key. */
export function keyId(key: Uint8Array): Buffer {
  return createHash('sha256').update(key).digest().subarray(0, 8);
}

/**
 * Encryption at rest for everything the store writes (data file, rolling backups, moved-aside
 * copies, trust record, lock): each file is one AES-256-GCM envelope under the data key.
 * Reading a file that is not an envelope returns it as it is: files of earlier versions were
 * plain, and the start-up migration (at-rest/encrypt-data-folder.ts) encrypts them before the
 * store opens, so only files written by an older copy meanwhile take this path.
 */
export function atRestTransform(key: Buffer): ByteTransform {
  const id = keyId(key);
  const header = chunkedHeader(KEY_KINDS.wrappedDataKey, id);
  // Sealed pieces by plaintext piece: a save re-encrypts only the blocks that changed (chunked-envelope.ts).
  const sealed = new WeakMap<Buffer, Buffer>();
  return {
    encode: (chunks) => sealChunked(chunks, key, header, sealed),
    decode(bytes) {
      if (!isEnvelope(bytes)) return bytes;
      const found = readHeader(bytes);
      if (found.version !== CHUNKED_VERSION) throw new EnvelopeError(`format ${found.version} is not a data-folder file`);
      if (found.keyKind !== KEY_KINDS.wrappedDataKey) throw new EnvelopeError('this file is protected by a passphrase, not by this computer’s data key');
      if (!found.keyInfo.equals(id)) throw new EnvelopeError('this file was encrypted with another data key (from another computer or account)');
      return openChunked(bytes, key, header);
    },
  };
}
