import type { SharedRecordType } from '../../../shared/model/sync-status';
import { formatMoment } from '../../../shared/util/dates';

/** What each kind of record is called on the Conflicts screen. */
export const recordTypeLabels: Record<SharedRecordType, string> = {
  member: 'Team member',
  completion: 'Training record',
  plan: 'Training plan',
  profile: 'Requirement profile',
  curriculum: 'Curriculum',
  delivery: 'Delivery',
};

/** "Sam Lee, Dec 1, 2026, 3:04 PM": who made a version and when, as far as it says. */
export function versionAuthor(version: { updatedBy: string | null; updatedAt: string | null }, timeZone?: string): string {
  const who = version.updatedBy ?? 'A coordinator without a name';
  return version.updatedAt ? `${who}, ${formatMoment(version.updatedAt, timeZone)}` : who;
}

/** The words on a version's Keep button: by name, and also by time when one coordinator made two of them (two computers). */
export function keepLabel(
  version: { rev: string; deleted: boolean; updatedBy: string | null; updatedAt: string | null },
  all: readonly { rev: string; updatedBy: string | null }[],
  timeZone?: string,
): string {
  const twice = all.some((o) => o.rev !== version.rev && o.updatedBy === version.updatedBy);
  const when = twice && version.updatedAt ? `, ${formatMoment(version.updatedAt, timeZone)}` : '';
  const who = version.updatedBy ?? 'a coordinator without a name';
  return version.deleted ? `Keep it deleted (by ${who}${when})` : `Keep the version by ${who}${when}`;
}
