import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, isIsoDate, isoFromDayNumber, isoFromExcelSerial, monthsEnding } from '../../../shared/util/dates';
import { expiresOn, matchesStatusFilter, statusFor, type ExpiryStatus } from '../../../shared/team/status';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-3-1')).toBe(false);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-03-01', -3)).toBe('2023-12-01');
    expect(addMonths('2024-03-14', 36)).toBe('2027-03-14');
  });

  it('reads Excel serial numbers as Excel does', () => {
    expect(isoFromExcelSerial(45292)).toBe('2024-01-01');
    expect(isoFromExcelSerial(45365)).toBe('2024-03-14');
    expect(isoFromExcelSerial(61)).toBe('1900-03-01');
    // 60 is Excel's phantom 1900-02-29; refuse rather than guess.
    expect(isoFromExcelSerial(60)).toBeNull();
    expect(isoFromExcelSerial(45292.5)).toBeNull();
  });

  it('lists the months ending with a date, oldest first', () => {
    expect(monthsEnding('2026-02-10', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('day numbers and ISO dates convert both ways for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 2_900_000 }), (day) => {
        const iso = isoFromDayNumber(day);
        expect(isIsoDate(iso)).toBe(true);
        expect(dayNumber(iso)).toBe(day);
      }),
    );
  });
});

describe('expiry status', () => {
  const today = '2026-06-01';
  const at = (daysFromToday: number) => statusFor(isoFromDayNumber(dayNumber(today) + daysFromToday), today);

  it.each<[number, ExpiryStatus]>([
    [-1, 'expired'],
    [0, 'expiring-30'],
    [30, 'expiring-30'],
    [31, 'expiring-60'],
    [60, 'expiring-60'],
    [61, 'expiring-90'],
    [90, 'expiring-90'],
    [91, 'valid'],
  ])('%i days left is %s', (days, status) => {
    expect(at(days)).toEqual({ status, daysLeft: days });
  });

  it('a record without a validity period never expires', () => {
    expect(expiresOn({ completedOn: '2020-01-01' })).toBeNull();
    expect(statusFor(null, today)).toEqual({ status: 'no-expiry', daysLeft: null });
    expect(expiresOn({ completedOn: '2024-03-14', validForMonths: 24 })).toBe('2026-03-14');
  });

  it('"within N days" filters include the shorter windows; status filters match exactly', () => {
    expect(matchesStatusFilter('expiring-30', 'within-90')).toBe(true);
    expect(matchesStatusFilter('expiring-60', 'within-60')).toBe(true);
    expect(matchesStatusFilter('expiring-90', 'within-60')).toBe(false);
    expect(matchesStatusFilter('expired', 'within-30')).toBe(false);
    expect(matchesStatusFilter('valid', 'valid')).toBe(true);
    expect(matchesStatusFilter('no-expiry', 'valid')).toBe(false);
    expect(matchesStatusFilter('expired', 'all')).toBe(true);
  });
});
