import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { checkCatalogueText } from '../main/services/catalogue-service';

/**
 * Checks the catalogue the app ships (schema and references, as a start-up would) and returns
 * the sha-256 of its bytes, which the build writes into the main bundle: at start the app then
 * only compares hashes instead of validating the same bytes again. Refuses a file that fails
 * the check, or that the check would change (a dropped unknown field, a filled-in default), so
 * that `JSON.parse` of trusted bytes is exactly what the full check returns.
 */
export function checkedBundledCatalogueSha256(file = fileURLToPath(new URL('../data/catalogue.json', import.meta.url))): string {
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const checked = checkCatalogueText(text, file);
  if (!checked.ok) throw new Error(`The bundled catalogue is invalid: ${checked.errors.join('; ')}`);
  if (!isDeepStrictEqual(checked.catalogue, JSON.parse(text))) {
    throw new Error(`${file}: the catalogue check would change this file (an unknown field or a missing default); write it as the schema returns it`);
  }
  return createHash('sha256').update(bytes).digest('hex');
}
