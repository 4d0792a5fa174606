import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plural, formatCount } from '../../../renderer/components/format-count';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(50000)).toBe('50,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-1234)).toBe('-1,234');
  });

  it('matches the en-US Intl format for any whole number', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => formatCount(n) === intl.format(n)), { numRuns: 2000 });
  });
});

describe('plural', () => {
  it('says one or many with the grouped count', () => {
    expect(plural(1, 'training')).toBe('1 training');
    expect(plural(0, 'training')).toBe('0 trainings');
    expect(plural(2500, 'training record')).toBe('2,500 training records');
    expect(plural(3, 'match', 'matches')).toBe('3 matches');
  });
});
