import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Completion, Member } from '../../../shared/model/team';
import { neutraliseCell, restoreCell, toCsv } from '../../../shared/team/csv-cells';
import { completionsCsv, exportHeaders } from '../../../shared/team/csv-export';
import { formatRowError } from '../../../shared/team/import-plan';
import { planImport } from '../../../shared/team/csv-import';

import { parseCsvTable } from '../../../shared/team/csv-parse';
import { isoFromDayNumber } from '../../../shared/util/dates';
import { normaliseText } from '../../../shared/team/matching';
import { buildTeamIndex } from '../../../shared/team/team-index';
import { importContext, sampleLookup, sampleTrainings } from './helpers';
import { suggestMapping } from '../../../shared/team/import-presets';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n'];
/** Characters that stress CSV: delimiters, quotes, formula starts, line breaks, apostrophes, accents. */
const tricky = fc.constantFrom(...TRIGGERS, ',', ';', '"', "'", ' ', 'a', 'Z', '1', '.', 'é', '—', '\u00a0');
const trickyText = (max: number) => fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: max }).map((parts) => parts.join(''));
const oneLine = (max: number) => trickyText(max).map((s) => s.replace(/[\r\n]/g, ' ').trim().slice(0, max).trim());

describe('spreadsheet-safe cells', () => {
  it('no neutralised cell starts with a formula character, and restoring gives the value back', () => {
    fc.assert(
      fc.property(trickyText(12), (value) => {
        const safe = neutraliseCell(value);
        expect(TRIGGERS.includes(safe.charAt(0))).toBe(false);
        expect(restoreCell(safe)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('neutralises each dangerous first character the issue names', () => {
    for (const t of TRIGGERS) expect(neutraliseCell(`${t}SUM(A1)`)).toBe(`'${t}SUM(A1)`);
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell('Plain')).toBe('Plain');
    expect(toCsv([['=1+1', 'a,b', 'say "hi"']])).toBe('\uFEFF\'=1+1,"a,b","say ""hi"""\r\n');
  });
});

/** A team and its records, with what the import uses to tell records apart kept unique. */
const teamArb = fc
  .uniqueArray(
    fc.record({
      name: oneLine(30).filter((n) => normaliseText(n) !== ''),
      email: fc.option(fc.emailAddress().filter((e) => e.length <= 200), { nil: undefined }),
      role: oneLine(20),
      agency: oneLine(20),
    }),
    { minLength: 1, maxLength: 6, selector: (m) => normaliseText(m.name) },
  )
  .filter((ms) => new Set(ms.filter((m) => m.email).map((m) => m.email!.toLowerCase())).size === ms.filter((m) => m.email).length)
  .map((ms): Member[] => ms.map((m, i) => ({ id: `m-${i}`, name: m.name, role: m.role, agency: m.agency, ...(m.email ? { email: m.email } : {}), audiences: [], active: true })));

const draftArb = fc.record({
  training: fc.oneof(
    fc.constantFrom(...sampleTrainings.map((t) => ({ trainingId: t.id, trainingTitle: t.title, trainingFamily: t.family }))),
    // "Zz local" keeps generated custom titles from colliding with a catalogue title.
    oneLine(40).map((title) => ({ custom: { title: `Zz local ${title}`.trim(), provider: '' } })),
    fc.tuple(oneLine(40), oneLine(30)).map(([title, provider]) => ({ custom: { title: `Zz local ${title}`.trim(), provider } })),
  ),
  // Up to the day after the test clock's today (2026-11-25): a later completion is refused (not-taken-yet.ts).
  day: fc.integer({ min: 7000, max: 20783 }),
  hundredths: fc.integer({ min: 0, max: 100_000 }),
  certificateNumber: fc.option(oneLine(20).filter((s) => s !== ''), { nil: undefined }),
  notes: fc.option(trickyText(60).map((s) => s.trim()).filter((s) => s !== ''), { nil: undefined }),
  validForMonths: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
  member: fc.nat(),
});

describe('CSV export -> import round trip', () => {
  it('every exported record imports back unchanged, with no errors', () => {
    fc.assert(
      fc.property(teamArb, fc.array(draftArb, { maxLength: 25 }), (members, drafts) => {
        const seen = new Set<string>();
        const completions: Completion[] = [];
        drafts.forEach((d, i) => {
          const memberId = members[d.member % members.length]!.id;
          const completedOn = isoFromDayNumber(d.day);
          const training = 'trainingId' in d.training ? `id:${d.training.trainingId}` : `c:${normaliseText(d.training.custom.title)}`;
          const key = `${memberId}|${training}|${completedOn}`;
          if (seen.has(key)) return;
          seen.add(key);
          completions.push({
            id: `c-${i}`,
            memberId,
            ...d.training,
            completedOn,
            hours: d.hundredths / 100,
            ...(d.certificateNumber ? { certificateNumber: d.certificateNumber } : {}),
            ...(d.notes ? { notes: d.notes } : {}),
            ...(d.validForMonths ? { validForMonths: d.validForMonths } : {}),
            createdAt: '2026-01-01T00:00:00.000Z',
          } as Completion);
        });
        const index = buildTeamIndex(members, completions, sampleLookup, '2026-06-01');
        const text = completionsCsv(index.rows, (id) => id.toUpperCase());
        const table = parseCsvTable(text);
        expect(table.headers).toEqual([...exportHeaders]);
        const plan = planImport(table, suggestMapping(table.headers).mapping, importContext(members), suggestMapping(table.headers).options);
        expect(plan.fileProblems).toEqual(completions.length === 0 ? ['The file has a header row but no records under it.'] : []);
        expect(plan.errors.map(formatRowError)).toEqual([]);
        const strip = ({ id: _id, createdAt: _c, ...rest }: Completion) => JSON.stringify(rest, Object.keys(rest).sort());
        expect(plan.completions.map(strip).sort()).toEqual(completions.map(strip).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV import never throws and always names a row', () => {
  const checkPlan = (text: string, members: Member[]) => {
    const table = parseCsvTable(text);
    const plan = planImport(table, suggestMapping(table.headers).mapping, importContext(members, { createMissingMembers: members.length % 2 === 0 }), suggestMapping(table.headers).options);
    const lastRow = table.rows.length === 0 ? 1 : table.rows[table.rows.length - 1]!.rowNumber;
    for (const e of plan.errors) {
      expect(Number.isInteger(e.rowNumber)).toBe(true);
      expect(e.rowNumber).toBeGreaterThanOrEqual(2);
      expect(e.rowNumber).toBeLessThanOrEqual(lastRow);
      expect(e.field).not.toBe('');
      expect(e.message).not.toBe('');
      expect(formatRowError(e)).toMatch(new RegExp(`^Row ${e.rowNumber}, \\S`));
    }
    // Every row is either saved, skipped (duplicate, not completed, summary line at the end, heading, more of the header), or named in an error.
    if (plan.fileProblems.length === 0) {
      const errorRows = new Set(plan.errors.map((e) => e.rowNumber)).size;
      expect(plan.completions.length + plan.duplicates + plan.notCompleted + plan.summaryRows.length + plan.headingRows.length + plan.headerLines.length + errorRows).toBe(table.rows.length);
    }
  };

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), teamArb, (text, members) => checkPlan(text, members)), { numRuns: 500 });
  });

  it('on CSV-shaped text under the export headers, in any delimiter and line ending', () => {
    const cell = fc.oneof(trickyText(10), fc.constantFrom('2024-03-14', '3/14/2024', '45365', '12', 'Dana Reyes', 'ICAC Undercover Chat Investigations', '"', '""', ''));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 17 }), { maxLength: 12 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        teamArb,
        (rows, delimiter, eol, quoteAll, members) => {
          const line = (cells: readonly string[]) => cells.map((c) => (quoteAll ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
          const text = [line([...exportHeaders]), ...rows.map(line)].join(eol);
          checkPlan(text, members);
        },
      ),
      { numRuns: 500 },
    );
  });
});
