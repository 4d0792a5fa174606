import { describe, expect, it } from 'vitest';
import { formatDate, formatMoment, formatMonth, formatPeriod } from '../../../shared/util/dates';
import { resolveTrainingRef } from '../../../shared/model/training-ref';
import { providerDisplayName } from '../../../shared/catalogue/provider-name';

describe('one date formatter, fixed locale and time zone', () => {
  it('reads calendar dates the same on every machine, and passes non-dates through', () => {
    expect(formatDate('2026-03-05')).toBe('Mar 5, 2026');
    expect(formatDate('2024-02-29')).toBe('Feb 29, 2024');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatMonth('2024-03')).toBe('Mar 2024');
    expect(formatPeriod({ start: '2026-01-01', end: '2026-12-31' })).toBe('Jan 1, 2026 – Dec 31, 2026');
  });

  it('shows a moment in the named time zone', () => {
    expect(formatMoment('2026-03-05T23:30:00.000Z', 'UTC')).toBe('Mar 5, 2026, 11:30 PM');
    expect(formatMoment('2026-03-05T23:30:00.000Z', 'America/New_York')).toBe('Mar 5, 2026, 6:30 PM');
  });
});

describe('a training reference', () => {
  const catalogue = { get: (id: string) => (id === 'known' ? { title: 'Known course', family: 'icac', audiences: ['prosecutors'], providerName: 'NCJTC' } : undefined) };

  it('resolves to the catalogue, to its snapshot when retired, or to the custom training', () => {
    expect(resolveTrainingRef({ trainingId: 'known', trainingTitle: 'Old title' }, catalogue)).toEqual({ title: 'Known course', providerName: 'NCJTC', family: 'icac', audiences: ['prosecutors'], retired: false, custom: false });
    expect(resolveTrainingRef({ trainingId: 'gone', trainingTitle: 'Old title', trainingFamily: 'amber' }, catalogue)).toEqual({ title: 'Old title', providerName: '', family: 'amber', audiences: [], retired: true, custom: false });
    expect(resolveTrainingRef({ custom: { title: 'Local academy', provider: 'County' } }, catalogue)).toEqual({ title: 'Local academy', providerName: 'County', family: undefined, audiences: [], retired: false, custom: true });
  });

  it('names a provider with its acronym when it has one', () => {
    expect(providerDisplayName({ name: 'National Criminal Justice Training Center', acronym: 'NCJTC' })).toBe('National Criminal Justice Training Center (NCJTC)');
    expect(providerDisplayName({ name: 'Local academy' })).toBe('Local academy');
  });
});
