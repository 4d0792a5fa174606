import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogueText, loadCatalogueService } from '../../../main/services/catalogue-service';
import { checkedBundledCatalogueSha256 } from '../../../scripts/bundled-catalogue-check';

const real = readFileSync(new URL('../../../data/catalogue.json', import.meta.url));
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const temp = mkdtempSync(join(tmpdir(), 'tta-bundled-trust-'));

/** A copy of the real catalogue, changed by `edit`, written to a temp file. */
function variant(name: string, edit: (c: { trainings: Record<string, unknown>[] }) => void): string {
  const c = JSON.parse(real.toString('utf8'));
  edit(c);
  const file = join(temp, name);
  writeFileSync(file, `${JSON.stringify(c, null, 2)}\n`);
  return file;
}

describe('the bundled catalogue is checked by the build, and at start only when its bytes differ', () => {
  it('the build returns the hash of the file it checked, and refuses a file that fails the check or that the check would change', () => {
    expect(checkedBundledCatalogueSha256()).toBe(sha(real));
    const invalid = variant('invalid.json', (c) => {
      c.trainings[0]!.title = '';
    });
    expect(() => checkedBundledCatalogueSha256(invalid)).toThrow(/bundled catalogue is invalid.*trainings\[0\]/);
    const extra = variant('extra.json', (c) => {
      c.trainings[0]!.unknownField = 'x';
    });
    expect(() => checkedBundledCatalogueSha256(extra)).toThrow(/would change this file/);
  });

  it('bytes with the checked hash load as the full check returns them; other bytes are checked, and refused when invalid', async () => {
    const dir = mkdtempSync(join(temp, 'data-'));
    const bundledPath = join(temp, 'catalogue.json');
    writeFileSync(bundledPath, real);
    const full = checkCatalogueText(real.toString('utf8'), bundledPath);
    if (!full.ok) throw new Error(full.errors.join('; '));
    const trusted = await loadCatalogueService({ bundledPath, dir, checkedBundledHash: sha(real) });
    expect(trusted.current()).toEqual(full.catalogue);

    // A changed file is not trusted on another file's hash: the start-up check refuses it.
    const invalid = variant('invalid-at-start.json', (c) => {
      c.trainings[0]!.title = '';
    });
    await expect(loadCatalogueService({ bundledPath: invalid, dir, checkedBundledHash: sha(real) })).rejects.toThrow(/bundled catalogue is invalid/);
    // The same bytes under their own hash are taken as checked: the hash is what decides.
    const skipped = await loadCatalogueService({ bundledPath: invalid, dir, checkedBundledHash: sha(readFileSync(invalid)) });
    expect(skipped.current().trainings[0]!.title).toBe('');
  });
});
