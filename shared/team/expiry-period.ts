import { addMonths, dayNumber, isoFromDayNumber } from '../util/dates';

/*
 * An expiry written as a period after the completion, not a date: Moodle's badges report gives
 * a badge's "Expiry date" as "730 days" or "2 years" when the badge expires that long after it
 * is issued; trackers write "2 yrs" or "24 months".
 */

const PERIOD = /^(?:valid\s+for\s+|after\s+)?(\d{1,4})\s*(days?|d|weeks?|wks?|months?|mos?|years?|yrs?)(?:\s+after\s+(?:issue|completion|issued|completed))?\.?$/i;

/** The day `text` (a period such as "730 days") after `completedOn` expires, or null when `text` is no period. */
export function expiryAfter(text: string, completedOn: string): string | null {
  const m = PERIOD.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (n === 0) return null;
  if (unit.startsWith('d')) return isoFromDayNumber(dayNumber(completedOn) + n);
  if (unit.startsWith('w')) return isoFromDayNumber(dayNumber(completedOn) + 7 * n);
  if (unit.startsWith('m')) return addMonths(completedOn, n);
  return addMonths(completedOn, 12 * n);
}
