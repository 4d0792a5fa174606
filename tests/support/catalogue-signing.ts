import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSigningKeys, SIGNATURE_SUFFIX, signCatalogueBytes, type TrustedKey } from '../../main/services/catalogue-signature';

export interface TestSigner {
  key: TrustedKey;
  privateKey: string;
  /** Path of the public key file, for adding the publisher through the app. */
  publicKeyPath: string;
}

/** A key pair made at test time: no private key is ever stored in the repository. */
export async function makeSigner(dir: string, name: string): Promise<TestSigner> {
  const keys = generateSigningKeys();
  const publicKeyPath = join(dir, `${name.replace(/\W+/g, '-').toLowerCase()}.pub.pem`);
  await writeFile(publicKeyPath, keys.publicKey);
  return { key: { name, fingerprint: keys.fingerprint, publicKey: keys.publicKey }, privateKey: keys.privateKey, publicKeyPath };
}

/** Writes a catalogue file and, when a signer is given, its .sig beside it; returns the path. */
export async function writeCatalogueFile(dir: string, name: string, content: unknown, signer?: TestSigner): Promise<string> {
  const path = join(dir, name);
  const bytes = Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
  await writeFile(path, bytes);
  if (signer) await writeFile(path + SIGNATURE_SUFFIX, JSON.stringify(signCatalogueBytes(bytes, signer.privateKey)));
  return path;
}
