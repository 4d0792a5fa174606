import { describe, expect, it } from 'vitest';
import { hasRealKeyStore } from '../../../main/electron/key-store-choice';

describe('which key store wraps the data key', () => {
  it('uses DPAPI and the Keychain whenever safeStorage is available', () => {
    expect(hasRealKeyStore(true, null, 'win32')).toBe(true);
    expect(hasRealKeyStore(true, null, 'darwin')).toBe(true);
    expect(hasRealKeyStore(false, null, 'win32')).toBe(false);
  });

  it('on Linux, only a real keyring backend: never basic_text (a hard-coded key) or an unknown one', () => {
    expect(hasRealKeyStore(true, 'gnome_libsecret', 'linux')).toBe(true);
    expect(hasRealKeyStore(true, 'kwallet5', 'linux')).toBe(true);
    expect(hasRealKeyStore(true, 'basic_text', 'linux')).toBe(false);
    expect(hasRealKeyStore(true, 'unknown', 'linux')).toBe(false);
    expect(hasRealKeyStore(false, 'gnome_libsecret', 'linux')).toBe(false);
  });
});
