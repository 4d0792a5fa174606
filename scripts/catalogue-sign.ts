// npm run catalogue:sign -- --key PRIVATE_KEY_FILE [CATALOGUE ...]
// Checks each catalogue (default data/catalogue.json) as the app would, then writes its
// Ed25519 signature beside it as CATALOGUE.sig. Publish both files together.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkCatalogueText } from '../main/services/catalogue-service';
import { SIGNATURE_SUFFIX, signCatalogueBytes } from '../main/services/catalogue-signature';
import { groupedFingerprint } from '../shared/catalogue/fingerprint';
import { refuseInsideRepository } from './repository-guard';

const { values, positionals } = parseArgs({ options: { key: { type: 'string' } }, allowPositionals: true });
if (!values.key) {
  console.error('Usage: npm run catalogue:sign -- --key PRIVATE_KEY_FILE [CATALOGUE ...]');
  process.exit(2);
}
refuseInsideRepository(values.key);
const privateKey = readFileSync(values.key, 'utf8');
for (const file of positionals.length > 0 ? positionals : ['data/catalogue.json']) {
  const bytes = readFileSync(file);
  const checked = checkCatalogueText(bytes.toString('utf8'), path.basename(file));
  if (!checked.ok) {
    console.error(`${file} is not a valid catalogue; not signed:\n  ${checked.errors.join('\n  ')}`);
    process.exit(1);
  }
  const signature = signCatalogueBytes(bytes, privateKey);
  writeFileSync(file + SIGNATURE_SUFFIX, `${JSON.stringify(signature, null, 2)}\n`);
  console.log(`${file}${SIGNATURE_SUFFIX}: catalogue ${checked.catalogue.meta.version} signed by key ${groupedFingerprint(signature.key)}`);
}
