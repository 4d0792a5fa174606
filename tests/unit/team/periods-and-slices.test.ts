import { describe, expect, it } from 'vitest';
import { periodChoices } from '../../../shared/team/periods';
import { guessMapping } from '../../../shared/team/csv-mapping';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { checkInSlices } from '../../../renderer/features/team/import-check';
import { member, sampleLookup } from './helpers';
import { defaultImportOptions } from '../../../shared/team/import-options';

describe('dashboard periods', () => {
  it('offers the rolling year, then each year with records and this year, newest first', () => {
    const choices = periodChoices('2026-02-10', ['2024', '2026', '2021']);
    expect(choices.map((c) => c.id)).toEqual(['last-12-months', '2026', '2024', '2021']);
    expect(choices[0]).toMatchObject({ from: '2025-03-01', to: '2026-02-10' });
    expect(choices[0]!.months).toHaveLength(12);
    expect(choices[0]!.months.at(-1)).toBe('2026-02');
    expect(choices[2]).toMatchObject({ from: '2024-01-01', to: '2024-12-31', months: expect.arrayContaining(['2024-01', '2024-12']) });
  });
});

describe('the import preview checks rows in slices', () => {
  const text = ['Member name,Training title,Completed on,Hours', ...Array.from({ length: 5000 }, (_, i) => `Dana Reyes,Course ${i},2024-01-01,1`)].join('\n');
  const table = parseCsvTable(text);
  const context = { members: [member('m-1', 'Dana Reyes')], completions: [], trainings: sampleLookup, createMissingMembers: false };

  it('reports rising progress up to the total and returns the full plan', async () => {
    const seen: number[] = [];
    const plan = await checkInSlices(table, guessMapping(table.headers), defaultImportOptions, context, (done, total) => {
      expect(total).toBe(5000);
      seen.push(done);
    }, () => false);
    expect(seen).toEqual([2000, 4000, 5000]);
    expect(plan?.completions).toHaveLength(5000);
  });

  it('stops when a newer check replaces it', async () => {
    let calls = 0;
    const plan = await checkInSlices(table, guessMapping(table.headers), defaultImportOptions, context, () => calls++, () => calls >= 1);
    expect(plan).toBeNull();
    expect(calls).toBe(1);
  });
});
