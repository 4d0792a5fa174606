import type { Completion } from '../model/team';
import { addMonths, daysBetween } from '../util/dates';

/**
 * Where a completion stands on a given day. The expiring buckets do not overlap:
 * "expiring-60" means 31–60 days left. A certificate is valid through its expiry date.
 */
export type ExpiryStatus = 'valid' | 'expiring-30' | 'expiring-60' | 'expiring-90' | 'expired' | 'no-expiry';

export const statusLabels: Record<ExpiryStatus, string> = {
  valid: 'Valid',
  'expiring-30': 'Expires within 30 days',
  'expiring-60': 'Expires in 31–60 days',
  'expiring-90': 'Expires in 61–90 days',
  expired: 'Expired',
  'no-expiry': 'No expiry',
};

/** The date a completion stops being valid, or null when it does not expire. */
export function expiresOn(c: Pick<Completion, 'completedOn' | 'validForMonths'>): string | null {
  return c.validForMonths === undefined ? null : addMonths(c.completedOn, c.validForMonths);
}

export function statusFor(expiry: string | null, today: string): { status: ExpiryStatus; daysLeft: number | null } {
  if (expiry === null) return { status: 'no-expiry', daysLeft: null };
  const daysLeft = daysBetween(today, expiry);
  const status: ExpiryStatus =
    daysLeft < 0 ? 'expired' : daysLeft <= 30 ? 'expiring-30' : daysLeft <= 60 ? 'expiring-60' : daysLeft <= 90 ? 'expiring-90' : 'valid';
  return { status, daysLeft };
}

/**
 * Filters offered on lists. The "within N days" filters are cumulative (within 60
 * includes within 30), which is what a coordinator asking "who lapses in 60 days" means.
 */
export type StatusFilter = 'all' | 'valid' | 'within-30' | 'within-60' | 'within-90' | 'expired' | 'no-expiry';

export const statusFilters: { id: StatusFilter; label: string }[] = [
  { id: 'all', label: 'All records' },
  { id: 'valid', label: 'Valid (more than 90 days left)' },
  { id: 'within-30', label: 'Expiring within 30 days' },
  { id: 'within-60', label: 'Expiring within 60 days' },
  { id: 'within-90', label: 'Expiring within 90 days' },
  { id: 'expired', label: 'Expired' },
  { id: 'no-expiry', label: 'No expiry' },
];

export function isStatusFilter(value: string | null): value is StatusFilter {
  return statusFilters.some((f) => f.id === value);
}

export function matchesStatusFilter(status: ExpiryStatus, filter: StatusFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'within-30':
      return status === 'expiring-30';
    case 'within-60':
      return status === 'expiring-30' || status === 'expiring-60';
    case 'within-90':
      return status === 'expiring-30' || status === 'expiring-60' || status === 'expiring-90';
    default:
      return status === filter;
  }
}
