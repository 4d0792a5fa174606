import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsToDay, dayToIso, isoToDay } from '../../../shared/compliance/day-math';
import { addMonths, dayNumber, isoFromDayNumber } from '../../../shared/util/dates';

describe('integer day arithmetic', () => {
  it('agrees with the Date-based helpers on every day from 1900 to 2100', () => {
    for (let n = dayNumber('1900-01-01'); n <= dayNumber('2100-12-31'); n++) {
      const iso = isoFromDayNumber(n);
      if (isoToDay(iso) !== n || dayToIso(n) !== iso) expect([iso, isoToDay(iso), dayToIso(n)]).toEqual([iso, n, iso]);
    }
  });

  it('adds months like addMonths, month ends and leap days included', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2090-12-31') }), fc.integer({ min: -240, max: 240 }), (n, k) => {
        expect(dayToIso(addMonthsToDay(n, k))).toBe(addMonths(isoFromDayNumber(n), k));
      }),
      { numRuns: 5000 },
    );
  });
});
