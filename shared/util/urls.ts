function parsedUrl(value: string): URL | null {
  if (/\s/.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for a complete https address without embedded credentials: the only links the app opens. */
export function isHttpsUrl(value: string): boolean {
  const url = parsedUrl(value);
  // Checking the raw prefix too rejects sloppy forms like "https:/host" that URL() repairs.
  return (
    url !== null &&
    value.toLowerCase().startsWith('https://') &&
    url.protocol === 'https:' &&
    url.hostname !== '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** True for a complete plain-http address (kept as provenance text, never opened). */
export function isPlainHttpUrl(value: string): boolean {
  const url = parsedUrl(value);
  return url !== null && value.toLowerCase().startsWith('http://') && url.protocol === 'http:' && url.hostname !== '';
}
