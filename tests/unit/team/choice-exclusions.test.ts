import { describe, expect, it } from 'vitest';
import { clearedFor, type RowChoice } from '../../../shared/team/choice-exclusions';
import { emptyMapping, mappingProblems, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { defaultImportOptions, type ImportOptions } from '../../../shared/team/import-options';

/*
 * The mapping screen's choices for files whose columns do not say who, what or when: ticking
 * one clears the others it cannot go with (one table), and the check names any such pair left
 * ticked (a saved mapping), so the two never disagree.
 */

const choices: RowChoice[] = ['training', 'trainingColumns', 'trainingHeadings', 'coursePairs', 'memberForAll', 'memberHeadings', 'personColumns', 'completedOnForAll'];

/** Each choice ticked, on a file with seven columns: 0 names the member, 1 the training, 2 the date, 3 and 4 are dated, 5 and 6 another pair. */
const ticked: { [C in RowChoice]: Partial<ImportOptions> } = {
  training: { training: { kind: 'custom', title: 'Courtroom Testimony', provider: '' } },
  trainingColumns: { trainingColumns: [{ column: 3, training: null, expiresColumn: null }] },
  trainingHeadings: { trainingHeadings: true },
  coursePairs: { coursePairs: true },
  memberForAll: { memberForAll: 'm-dana' },
  memberHeadings: { memberHeadings: true },
  personColumns: { personColumns: [{ column: 4, memberId: null }] },
  completedOnForAll: { completedOnForAll: '2026-03-12' },
};
const headers = ['Name', 'Course', 'Date', 'CART', 'Dana Reyes', 'Course', 'Date'];
const full: ColumnMapping = { ...emptyMapping(), memberName: 0, trainingTitle: 1, completedOn: 2 };

/** Ticks `choice` as the screen does: what it excludes cleared first. */
function tick(choice: RowChoice, state: { mapping: ColumnMapping; options: ImportOptions }) {
  const cleared = clearedFor(choice, state.mapping, state.options);
  return { mapping: cleared.mapping, options: { ...cleared.options, ...ticked[choice] } };
}

const isTicked = (choice: RowChoice, options: ImportOptions): boolean => JSON.stringify(options[choice]) === JSON.stringify({ ...defaultImportOptions, ...ticked[choice] }[choice]);

describe('the choices that replace columns', () => {
  it('exclude each other both ways: ticking one clears another only when ticking that one clears it', () => {
    for (const a of choices) {
      for (const b of choices) {
        if (a === b) continue;
        const aClearsB = !isTicked(b, tick(a, tick(b, { mapping: full, options: defaultImportOptions })).options);
        const bClearsA = !isTicked(a, tick(b, tick(a, { mapping: full, options: defaultImportOptions })).options);
        expect(aClearsB, `${a} then ${b}`).toBe(bClearsA);
      }
    }
  });

  it('a pair the screen never leaves ticked together is a problem the check names, and a pair it allows is not', () => {
    for (const a of choices) {
      for (const b of choices) {
        if (a >= b) continue;
        const one = tick(a, { mapping: full, options: defaultImportOptions });
        const both = { mapping: one.mapping, options: { ...one.options, ...ticked[b] } };
        const excluded = !isTicked(a, tick(b, one).options);
        const problems = (s: typeof both) => mappingProblems(s.mapping, headers.length, s.options, headers);
        // Each alone, with the columns the pair replaces set aside: what the pair adds is its own problem.
        const alone = new Set([...problems({ ...both, options: { ...defaultImportOptions, ...ticked[a] } }), ...problems({ ...both, options: { ...defaultImportOptions, ...ticked[b] } })]);
        const added = problems(both).filter((p) => !alone.has(p));
        expect(added.length > 0, `${a} with ${b}: ${added.join(' ')}`).toBe(excluded);
      }
    }
  });

  it('ticking one sets aside the columns it replaces and keeps the others', () => {
    expect(clearedFor('personColumns', full, defaultImportOptions).mapping).toEqual({ ...full, memberName: null, completedOn: null });
    expect(clearedFor('trainingHeadings', full, defaultImportOptions).mapping).toEqual({ ...full, trainingTitle: null });
    expect(clearedFor('completedOnForAll', full, { ...defaultImportOptions, skipRowsWithoutDate: true })).toEqual({ mapping: { ...full, completedOn: null }, options: defaultImportOptions });
    expect(clearedFor('training', full, defaultImportOptions).mapping).toEqual(full);
  });
});
