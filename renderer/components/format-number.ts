const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Records imported without hours say so rather than showing a made-up zero. */
export function formatHours(hours: number | undefined): string {
  if (hours === undefined) return 'hours not recorded';
  return `${numberFormat.format(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
