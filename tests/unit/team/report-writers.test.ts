import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstMapping, readImportFile, readTable, type LoadedFile } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { formatRowError } from '../../../shared/team/import-plan';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member, readWorkbookHere } from './helpers';

/*
 * What state training portals and the report writers behind them (ASP.NET grids, SSRS, Crystal
 * Reports) put around the records when they export: encoded letters, page links, group footers.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { externalId: '54120' }),
  member('m-sam', 'Sam Lee'),
  member('m-jordan', 'Jordan Hale'),
  member('m-ana', 'Ana Núñez'),
];

function plan(file: LoadedFile) {
  const first = firstMapping(file, [], trainings, team);
  const p = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
  return { first, plan: p, errors: p.errors.map(formatRowError), records: p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours]) };
}
const csv = (name: string, lines: string[]) => plan(readTable(name, new TextEncoder().encode(lines.join('\r\n')), null));

describe('an ASP.NET grid saved as "Excel" (a web page with an .xls name)', () => {
  // GridView markup; BoundField's HtmlEncode writes accented letters and the apostrophe as numeric references; the pager is the last row.
  const page = [
    '<div><table cellspacing="0" rules="all" border="1" id="ctl00_MainContent_gvTraining" style="border-collapse:collapse;">',
    '<tr><th scope="col">Last Name</th><th scope="col">First Name</th><th scope="col">POST ID</th><th scope="col">Course Title</th><th scope="col">End Date</th><th scope="col">Hours</th></tr>',
    '<tr><td>Reyes</td><td>Dana</td><td>54120</td><td>Child Abduction Response Team (CART) Training</td><td>03/18/2026</td><td>16</td></tr>',
    '<tr><td>N&#250;&#241;ez</td><td>Ana</td><td>&nbsp;</td><td>Peer-to-Peer Investigations</td><td>11/06/2025</td><td>32</td></tr>',
    '<tr><td>Hale</td><td>Jordan</td><td>&nbsp;</td><td>Children&#39;s Advocacy Centers: Exploring Opportunities and Challenges in Trafficking Response</td><td>01/21/2026</td><td>1.5</td></tr>',
    `<tr><td colspan="6"><table><tr><td><span>1</span></td><td><a href="javascript:__doPostBack(&#39;ctl00$MainContent$gvTraining&#39;,&#39;Page$2&#39;)">2</a></td></tr></table></td></tr>`,
    '</table></div>',
  ].join('\n');

  it('reads the encoded letters, finds the catalogue training by its apostrophe, and passes over the page links', async () => {
    const file = await readImportFile('TrainingRecords.xls', new TextEncoder().encode(page), null, readWorkbookHere);
    const { first, plan: p, errors, records } = plan(file);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-18', 16],
      ['m-ana', 'search-peer-to-peer-investigations', '2025-11-06', 32],
      ['m-jordan', 'just-2025-cacs-opportunities-challenges-trafficking-response', '2026-01-21', 1.5],
    ]);
    expect(p.summaryRows.length).toBe(1);
    // The page links are no sign of names typed once over several rows.
    expect(first.options.repeatAbove).toBe(false);
    // And with "An empty cell means the same as the row above" ticked, they take nothing from the rows above.
    const ticked = planImport(file.table, first.mapping, importContext(team, { trainings }), { ...first.options, repeatAbove: true });
    expect([ticked.errors.map(formatRowError), ticked.completions.length, ticked.summaryRows.length]).toEqual([[], 3, 1]);
  });
});

describe("a report's group footers", () => {
  it('a line labelled "Officer Total:" or "Course Total" is a summary, wherever its label sits', () => {
    const { errors, records, plan: p } = csv('history.csv', [
      'Officer,Course,Completed,Hours',
      'Dana Reyes,Child Abduction Response Team (CART) Training,3/18/2026,16',
      'Dana Reyes,Courtroom Testimony,2/12/2026,4',
      ',Officer Total:,,20',
      'Sam Lee,Courtroom Testimony,2/12/2026,4',
      ',Officer Total:,,4',
      'Course Total,,,24',
    ]);
    expect(errors).toEqual([]);
    expect(records).toHaveLength(3);
    expect(p.summaryRows.map((r) => r.rowNumber)).toEqual([4, 6, 7]);
  });
});

describe('a course number beside the title', () => {
  it('still finds the catalogue training, before or after the title; a title that is only a number stays as written', () => {
    const { errors, records } = csv('ATMS Training Report.csv', [
      'Name,Course,Completed,Hours',
      'Dana Reyes,03232 - CHILD ABDUCTION RESPONSE TEAM (CART) TRAINING,3/18/2026,24',
      'Sam Lee,2064 Peer-to-Peer Investigations,11/06/2025,32',
      'Jordan Hale,CT-100: Courtroom Testimony,2/12/2026,4',
      'Ana Núñez,Peer-to-Peer Investigations (#2064),11/07/2025,32',
      'Dana Reyes,Peer-to-Peer Investigations [CJ-2064],11/08/2025,32',
      'Sam Lee,Child Abduction Response Team (CART) Training - 3232,3/19/2026,24',
      'Jordan Hale,3232,3/19/2026,24',
      'Ana Núñez,CART-2026-01 Child Abduction Response Team (CART) Training,3/20/2026,24',
    ]);
    expect(errors).toEqual([]);
    expect(records.map((r) => r[1])).toEqual([
      'aattap-cart-training',
      'search-peer-to-peer-investigations',
      'CT-100: Courtroom Testimony',
      'search-peer-to-peer-investigations',
      'search-peer-to-peer-investigations',
      'aattap-cart-training',
      '3232',
      'aattap-cart-training',
    ]);
  });

  it("an academy class roster's title line names its course after the class code", () => {
    const { errors, records, first } = csv('ClassRoster_CART-2026-01.csv', [
      'Class Roster: CART-2026-01 Child Abduction Response Team (CART) Training',
      'Student Name,Class Start,Class End,Student Status,Hours',
      '"Reyes, Dana",3/16/2026,3/18/2026,Graduated,24',
      '"Lee, Sam",3/16/2026,3/18/2026,Withdrawn,0',
    ]);
    expect(first.options.training).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    expect(errors).toEqual([]);
    expect(records).toEqual([['m-dana', 'aattap-cart-training', '2026-03-18', 24]]);
  });
});

describe('a roster printed to CSV, page by page', () => {
  it("skips each page's title block and footer, reads the header again as more of the header, and takes the grade as the status", () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/imports/post-roster-printed-pages.csv', import.meta.url)));
    const file = readTable('post-roster-printed-pages.csv', bytes, null);
    expect(file.table.pageLines.map((r) => r.rowNumber)).toEqual([11, 12, 13, 14, 15, 16, 22]);
    expect(file.table.pageLines[0]!.text).toBe('Printed: 03/20/2026 10:14 AM · Page 1 of 2');
    // The board's PID is on Jordan's record; Dana and Sam are found by name.
    const roster = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale', { externalId: '54120' })];
    const first = firstMapping(file, [], trainings, roster);
    expect(first.options.training).toEqual({ kind: 'catalogue', trainingId: 'aattap-cart-training' });
    expect(first.mapping.status).toBe(4);
    const p = planImport(file.table, first.mapping, importContext(roster, { trainings }), first.options);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId, c.completedOn, c.hours])).toEqual([
      ['m-jordan', 'aattap-cart-training', '2026-03-18', 16],
      ['m-dana', 'aattap-cart-training', '2026-03-18', 16],
    ]);
    expect([p.notCompleted, p.headerLines.map((r) => r.rowNumber), p.summaryRows.map((r) => r.rowNumber)]).toEqual([1, [18], [20]]);
  });
});

describe('a compliance report grouped by officer', () => {
  it("reads each officer's heading with its label and number in cells of their own, and skips the totals and the compliance line", () => {
    const { errors, records, first, plan: p } = csv('In-Service Compliance 2026.csv', [
      'In-Service Training Compliance - Calendar Year 2026,,,,',
      ',,,,',
      'Course #,Course Title,Completed,Hours,Provider',
      'Officer:,"REYES, DANA M",PID:,54120,',
      '3232,Child Abduction Response Team (CART) Training,03/18/2026,16.00,AMBER Alert Training and Technical Assistance',
      '1850,Courtroom Testimony,02/12/2026,4.00,Example Regional Academy',
      ',,Officer Total:,20.00,',
      ',Required: 40.00,Remaining: 20.00,NOT COMPLIANT,',
      'Officer:,"LEE, SAM T",PID:,,',
      '2064,Peer-to-Peer Investigations,11/06/2025,32.00,ICAC Task Force',
      ',,Officer Total:,32.00,',
      ',Required: 40.00,Remaining: 8.00,NOT COMPLIANT,',
    ]);
    expect(first.options.memberHeadings).toBe(true);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', 'aattap-cart-training', '2026-03-18', 16],
      ['m-dana', 'Courtroom Testimony', '2026-02-12', 4],
      ['m-sam', 'search-peer-to-peer-investigations', '2025-11-06', 32],
    ]);
    expect(p.summaryRows.map((r) => r.rowNumber)).toEqual([7, 8, 11, 12]);
  });

  it('reads the name from one cell with its number after it', () => {
    const { errors, records } = csv('history.csv', ['Course,Completed,Hours', '"Officer: REYES, DANA M   PID: 54120",,', 'Courtroom Testimony,02/12/2026,4', 'Officer: Sam Lee (Badge #1234),,', 'Courtroom Testimony,02/13/2026,4']);
    expect(errors).toEqual([]);
    expect(records.map((r) => r[0])).toEqual(['m-dana', 'm-sam']);
  });
});

describe("a course written as its own acronym", () => {
  it("finds the catalogue training whose title gives it in brackets, and no course for an acronym that names something else", async () => {
    const { createTrainingMatcher } = await import('../../../shared/team/matching');
    const matcher = createTrainingMatcher(createTrainingLookup(catalogue as unknown as Catalogue));
    const id = (title: string) => {
      const m = matcher.byTitle(title);
      return m.kind === 'found' ? m.training.id : m.kind;
    };
    expect(['CART', 'cart', 'CART Training', 'CSTAR', 'ICSTAR'].map(id)).toEqual(['aattap-cart-training', 'aattap-cart-training', 'aattap-cart-training', 'ncmec-cstar', id('Introduction to Child Sex Trafficking: Awareness & Response (ICSTAR)')]);
    // "(CPS) and Law Enforcement": the acronym of Child Protective Services, not of the course.
    expect(id('CPS')).toBe('none');
  });
});
