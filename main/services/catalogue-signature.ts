import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import * as z from 'zod';
import { lazySchema } from '../../shared/validation/lazy-schema';
import { groupedFingerprint } from '../../shared/catalogue/fingerprint';

/** A catalogue's signature travels beside it: catalogue-1.2.0.json → catalogue-1.2.0.json.sig. */
export const SIGNATURE_SUFFIX = '.sig';

export const signatureFileSchema = lazySchema(() =>
  z
    .object({
      format: z.literal('tta-navigator-catalogue-signature'),
      algorithm: z.literal('Ed25519'),
      /** Fingerprint of the public key that verifies it (see keyFingerprint). */
      key: z.string().regex(/^[0-9a-f]{32}$/),
      signature: z.base64().max(200),
    })
    .strict(),
);
export type SignatureFile = z.infer<typeof signatureFileSchema>;

/** A public key the app trusts for catalogues, named for people. */
export interface TrustedKey {
  name: string;
  fingerprint: string;
  publicKey: string;
}

function rawKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

/** The first 128 bits of SHA-256 over the raw 32-byte public key, in hex: what people compare. */
export function keyFingerprint(publicKeyPem: string): string {
  return createHash('sha256').update(rawKey(createPublicKey(publicKeyPem))).digest('hex').slice(0, 32);
}

/** Reads a PEM public key file; anything but an Ed25519 public key is refused with a reason. */
export function parsePublicKey(text: string): { ok: true; publicKey: string; fingerprint: string } | { ok: false; reason: string } {
  if (/PRIVATE KEY/.test(text)) return { ok: false, reason: 'this is a private key: ask the publisher for their public key, and keep the private one secret' };
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    return { ok: false, reason: 'it is not a public key file (expected "-----BEGIN PUBLIC KEY-----")' };
  }
  if (key.asymmetricKeyType !== 'ed25519') return { ok: false, reason: `it is a ${key.asymmetricKeyType ?? 'unknown'} key, not an Ed25519 one` };
  const publicKey = key.export({ format: 'pem', type: 'spki' }).toString();
  return { ok: true, publicKey, fingerprint: keyFingerprint(publicKey) };
}

export function generateSigningKeys(): { privateKey: string; publicKey: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  return { privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), publicKey: publicPem, fingerprint: keyFingerprint(publicPem) };
}

/** Signs the file's exact bytes: any change, even of whitespace, breaks the signature. */
export function signCatalogueBytes(bytes: Uint8Array, privateKeyPem: string): SignatureFile {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicPem = createPublicKey(privateKey).export({ format: 'pem', type: 'spki' }).toString();
  return {
    format: 'tta-navigator-catalogue-signature',
    algorithm: 'Ed25519',
    key: keyFingerprint(publicPem),
    signature: sign(null, bytes, privateKey).toString('base64'),
  };
}

export type SignatureCheck = { ok: true; signer: TrustedKey } | { ok: false; reason: string };

/** Checks a signature file against the file's bytes and the keys the app trusts. */
export function verifyCatalogueBytes(bytes: Uint8Array, signatureText: string | null, trusted: readonly TrustedKey[]): SignatureCheck {
  if (signatureText === null) return { ok: false, reason: 'it is not signed' };
  let raw: unknown;
  try {
    raw = JSON.parse(signatureText);
  } catch {
    return { ok: false, reason: 'its signature file is not readable' };
  }
  const parsed = signatureFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'its signature file is not readable' };
  const signer = trusted.find((key) => key.fingerprint === parsed.data.key);
  if (!signer) {
    return { ok: false, reason: `it is signed by a key you have not added (fingerprint ${groupedFingerprint(parsed.data.key)})` };
  }
  const valid = verify(null, bytes, createPublicKey(signer.publicKey), Buffer.from(parsed.data.signature, 'base64'));
  if (!valid) return { ok: false, reason: `its signature does not match: the file was changed after ${signer.name} signed it` };
  return { ok: true, signer };
}
