// npm run catalogue:keygen -- --out DIR [--name NAME]
// Makes an Ed25519 key pair for signing catalogues: DIR/catalogue-signing-key.private.pem (0600)
// and DIR/catalogue-signing-key.pub.pem. DIR must be outside this repository: the private key
// never belongs in it. Publish the public key and its fingerprint; keep the private key offline.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { groupedFingerprint } from '../shared/catalogue/fingerprint';
import { generateSigningKeys } from '../main/services/catalogue-signature';
import { refuseInsideRepository } from './repository-guard';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
  console.error('Usage: npm run catalogue:keygen -- --out DIR   (a folder outside this repository, e.g. on an encrypted USB drive)');
  process.exit(2);
}
const dir = path.resolve(values.out);
refuseInsideRepository(dir);
const privatePath = path.join(dir, 'catalogue-signing-key.private.pem');
const publicPath = path.join(dir, 'catalogue-signing-key.pub.pem');
if (existsSync(privatePath)) {
  console.error(`${privatePath} already exists; it was not overwritten.`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true, mode: 0o700 });
const keys = generateSigningKeys();
writeFileSync(privatePath, keys.privateKey, { mode: 0o600, flag: 'wx' });
writeFileSync(publicPath, keys.publicKey);
console.log(`Private key: ${privatePath} (keep it offline; never commit it)`);
console.log(`Public key:  ${publicPath}`);
console.log(`Fingerprint: ${groupedFingerprint(keys.fingerprint)}`);
