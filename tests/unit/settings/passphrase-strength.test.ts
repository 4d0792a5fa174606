import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../shared/util/passphrase-strength';

describe('the passphrase strength hint', () => {
  it.each([
    ['short1', 'too-short'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'weak'],
    ['abababcbcbcb12', 'weak'],
    ['sunflower1', 'weak'],
    ['Sunflower12!', 'fair'],
    ['river lantern cobalt', 'fair'],
    ['river lantern cobalt mosaic', 'strong'],
    ['Tr0ub4dor&3-Horse', 'strong'],
  ])('%s is %s', (passphrase, level) => {
    const strength = passphraseStrength(passphrase);
    expect(strength.level).toBe(level);
    expect(strength.text.length).toBeGreaterThan(0);
  });
});
