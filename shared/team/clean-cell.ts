/*
 * What a stored field may hold. In one-line fields, line breaks (a course title
 * wrapped inside its quotes) fold to one space; in notes they stay.
 * Every other control character but tab is dropped, so a mis-decoded file can
 * never store NULs or stray escape codes.
 */

const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n\u2028\u2029\u0085])+[ \t]*/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
// eslint-disable-next-line no-control-regex
const ANY = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/;

export function cleanCell(value: string): string {
  if (!ANY.test(value)) return value;
  return value.replace(LINE_BREAKS, ' ').replace(CONTROL, '');
}

/** For notes: line breaks (CR, LF) kept as typed, other control characters dropped. */
export function cleanNote(value: string): string {
  if (!ANY.test(value)) return value;
  return value.replace(CONTROL, '');
}
