/**
 * A whole count with thousands separators, as "50,000". Not toLocaleString: the first
 * Intl call in a page loads ICU number data (~20 ms in Chromium), and the catalogue's
 * result count is on the first screen. The app's text is English, so the comma is right.
 */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** "1 training", "2,500 trainings": the one way the app words a count. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
