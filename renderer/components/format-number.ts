const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatHours(hours: number): string {
  return `${numberFormat.format(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
}

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
