/*
 * A hand-made training matrix's cell holds more than its day: a tick typed before it
 * ("X 2/27/26"), the certificate's expiry noted after it ("4/9/26 (exp 4/9/28)"), or a note in
 * words ("1/21/26 cert pending", "3/14/25 left early"). Read only when the cell as a whole is no
 * date, so a date that has words of its own ("March 14, 2026") is never taken apart.
 */

export interface MatrixCellParts {
  /** The cell without the tick and what follows the day. */
  day: string;
  /** The expiry written after the day, as written; null when there is none. */
  expires: string | null;
  /** Words after the day that are neither; '' when there are none. */
  note: string;
}

// A tick, or a word for done, before the day.
const TICK_BEFORE = /^(?:x|y|yes|done|comp(?:leted?)?|[\u2713\u2714\u2611\u2705])\s*[-:–]?\s*(?=\d)/iu;
// The expiry after the day, in brackets or after a dash or comma: "(exp 4/9/28)", "- expires 3/14/2027", ", valid thru 3/2028".
const EXPIRY_AFTER = /^(.*?\d)\s*[([,;–-]?\s*(?:exp\.?|expires?|expiry|expiration|exp\.? date|valid (?:until|thru|through|to)|recert(?:ification)?(?: due)?|renew(?:al)?(?: due)?)\s*:?\s*(\d[^()[\]]*?)\s*[)\]]?$/i;
// Words after the day: "cert pending", "online", "no credit".
const WORDS_AFTER = /^(.*?\d)\s*[-–,;]?\s+(\p{L}[\p{L}\s.'’-]{0,59})$/u;

export function matrixCellParts(text: string): MatrixCellParts | null {
  const value = text.trim();
  const unticked = value.replace(TICK_BEFORE, '');
  const expiry = EXPIRY_AFTER.exec(unticked);
  if (expiry) return { day: expiry[1]!, expires: expiry[2]!, note: '' };
  const words = WORDS_AFTER.exec(unticked);
  if (words) return { day: words[1]!, expires: null, note: words[2]!.trim() };
  return unticked === value ? null : { day: unticked, expires: null, note: '' };
}
