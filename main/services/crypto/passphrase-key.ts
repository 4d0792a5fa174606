import { randomBytes, scrypt } from 'node:crypto';

/**
 * A key from a passphrase with scrypt (memory-hard, in Node's crypto). The salt and cost go in
 * the envelope's key info so the same passphrase rebuilds the key on another computer.
 * N = 2^17, r = 8, p = 1 (OWASP's recommendation), about 128 MB and a few hundred ms.
 */
export interface ScryptParams {
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
}

export const DEFAULT_LOG_N = 17;

export function newScryptParams(logN = DEFAULT_LOG_N): ScryptParams {
  return { logN, r: 8, p: 1, salt: randomBytes(16) };
}

/** key info: logN (1) | r (1) | p (1) | salt (16) */
export function encodeScryptParams({ logN, r, p, salt }: ScryptParams): Buffer {
  return Buffer.concat([Buffer.from([logN, r, p]), salt]);
}

export function decodeScryptParams(info: Uint8Array): ScryptParams {
  const buffer = Buffer.from(info);
  if (buffer.length !== 19) throw new Error('the passphrase settings in this file are damaged');
  const [logN, r, p] = [buffer.readUInt8(0), buffer.readUInt8(1), buffer.readUInt8(2)];
  // Bounds keep a crafted file from asking for gigabytes of memory.
  if (logN < 10 || logN > 20 || r < 1 || r > 16 || p < 1 || p > 4) throw new Error('the passphrase settings in this file are out of range');
  return { logN, r, p, salt: buffer.subarray(3) };
}

export function deriveKey(passphrase: string, { logN, r, p, salt }: ScryptParams): Promise<Buffer> {
  const N = 2 ** logN;
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
