/**
 * Whether Electron's safeStorage has a real key store behind it: DPAPI (Windows), Keychain
 * (macOS), or on Linux a Secret Service or KWallet backend. On Linux without one, safeStorage
 * falls back to "basic_text", a hard-coded key: wrapping the data key with it would only look safe.
 */
export function hasRealKeyStore(available: boolean, backend: string | null, platform: NodeJS.Platform): boolean {
  if (!available) return false;
  return platform !== 'linux' || (backend !== null && backend !== 'basic_text' && backend !== 'unknown');
}
