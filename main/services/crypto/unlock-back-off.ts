/**
 * How long the unlock screen waits after wrong passphrases: three tries at once (typos), then
 * 5 s, 10 s, 20 s, 40 s and at most 60 s between tries. scrypt already makes each guess cost
 * a fraction of a second; the wait keeps someone at the keyboard from trying a list.
 */
export const FREE_TRIES = 3;
export const MAX_WAIT_SECONDS = 60;

export function waitSecondsAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_SECONDS, 5 * 2 ** (failures - FREE_TRIES));
}
