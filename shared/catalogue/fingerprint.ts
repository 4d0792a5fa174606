/** "1a2b 3c4d …": a key fingerprint in groups of four, for reading out and comparing by eye. */
export function groupedFingerprint(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}
