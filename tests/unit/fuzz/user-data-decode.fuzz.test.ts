import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUserData } from '../../../main/services/decode-user-data';
import { CURRENT_SCHEMA_VERSION, emptyUserData } from '../../../shared/model/user-data';

// The decoder is what a backup restore, a data file at start and every backup run through:
// thousands of cases here, the handler-level property in tests/unit/plans/user-data-backup.test.ts.
const member = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  name: fc.string({ maxLength: 20 }),
  role: fc.string({ maxLength: 10 }),
  agency: fc.string({ maxLength: 10 }),
  audiences: fc.array(fc.constantFrom('law-enforcement', 'prosecutors', 'Bad Id'), { maxLength: 3 }),
  active: fc.boolean(),
});
const shaped = fc
  .record({
    schemaVersion: fc.oneof(fc.constant(1), fc.constant(0), fc.integer({ min: -2, max: 9 }), fc.string()),
    settings: fc.oneof(fc.constant({}), fc.record({ theme: fc.constantFrom('light', 'dark', 'system', 'pink') })),
    members: fc.array(member, { maxLength: 4 }),
    completions: fc.array(fc.anything(), { maxLength: 2 }),
    plans: fc.array(fc.anything(), { maxLength: 2 }),
  })
  .map((o) => JSON.stringify(o));

describe('user data decoding under fuzzing', () => {
  it('never throws, and every refusal names the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), shaped), (text) => {
        const decoded = decodeUserData(text, 'restore.json');
        if (!decoded.ok) expect(decoded.message.startsWith('restore.json ')).toBe(true);
        else expect(decoded.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      }),
      { numRuns: 4000 },
    );
  });

  it('accepts exactly what the schema accepts: a valid file round-trips unchanged', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 5 }), (members) => {
        const data = { ...emptyUserData(), members };
        const decoded = decodeUserData(JSON.stringify(data), 'ok.json');
        const valid = members.every((m) => m.name.trim() !== '' && m.audiences.every((a) => a !== 'Bad Id'));
        expect(decoded.ok).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
