import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextSharing } from '../../../main/services/shared-text';

/*
 * The main side swaps the repeated texts of records a worker sends for one shared copy
 * (heavy-work.ts). Only memory changes: every record must read exactly as it came.
 */
describe('shared texts of records from the worker', () => {
  it('every record reads as it came, whatever its fields, including past the limit of distinct values', () => {
    const record = fc.record({
      id: fc.string(),
      memberId: fc.constantFrom('m-1', 'm-2', 'm-3'),
      trainingTitle: fc.string({ maxLength: 3 }),
      completedOn: fc.constantFrom('2026-03-07', '2025-01-31'),
      hours: fc.option(fc.double({ noNaN: true }), { nil: undefined }),
      custom: fc.option(fc.record({ title: fc.string(), provider: fc.string() }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), (records) => {
        const share = createTextSharing();
        // Many distinct values first, so a field passes the limit and is left alone afterwards.
        for (let i = 0; i < 5000; i++) share({ id: `x-${i}`, createdAt: `2026-01-01T00:00:${i}Z`, memberId: 'm-1' });
        const copies = structuredClone(records);
        const out = copies.map((r) => share(r));
        expect(out).toEqual(records);
        out.forEach((r, i) => expect(r).toBe(copies[i]));
      }),
      { numRuns: 200 },
    );
    const share = createTextSharing();
    expect(share(null)).toBe(null);
    expect(share('text')).toBe('text');
  });
});
