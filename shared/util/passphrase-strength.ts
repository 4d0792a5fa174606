import { MIN_PASSPHRASE_LENGTH } from '../model/passphrase';

export type PassphraseStrength = { level: 'too-short' | 'weak' | 'fair' | 'strong'; text: string };

/**
 * A hint while a passphrase is typed, in words (never only a colour). Rules of thumb, not a
 * promise: length counts most, then unrelated words or a mix of kinds of characters. A phrase
 * that repeats a few characters is weak whatever its length.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) return { level: 'too-short', text: `Too short: use at least ${MIN_PASSPHRASE_LENGTH} characters.` };
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/].filter((kind) => kind.test(passphrase)).length;
  const words = passphrase.trim().split(/[\s\-_.]+/).filter((word) => word.length >= 3).length;
  if (new Set(passphrase.toLowerCase()).size < 6) return { level: 'weak', text: 'Weak: it repeats a few characters. Use a few unrelated words.' };
  if ((words >= 4 && length >= 20) || (length >= 16 && kinds >= 3) || length >= 24) return { level: 'strong', text: 'Strong.' };
  if (length >= 14 || kinds >= 3 || words >= 3) return { level: 'fair', text: 'Fair: one more unrelated word would make it strong.' };
  return { level: 'weak', text: 'Weak: add two or three unrelated words.' };
}
