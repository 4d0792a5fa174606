const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "Mar 14, 2024" for an ISO date, read as a calendar day (UTC) so no time zone shifts it. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** "Mar 2024" for "2024-03". */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** Records imported without hours say so rather than showing a made-up zero. */
export function formatHours(hours: number | undefined): string {
  if (hours === undefined) return 'hours not recorded';
  return `${numberFormat.format(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
