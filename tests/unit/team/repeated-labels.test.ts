import { describe, expect, it } from 'vitest';
import { firstMapping, readTable } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { planImportFromText } from '../../../shared/team/import-stream';
import { formatRowError } from '../../../shared/team/import-plan';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member } from './helpers';

/*
 * Crystal Reports' CSV export as it comes by default: no header line, each row the report's
 * title, the page header's labels, the group's fields, then the detail's values.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [member('m-dana', 'Dana Reyes'), member('m-sam', 'Sam Lee'), member('m-jordan', 'Jordan Hale')];
const labels = '"Example Regional Police Academy","In-Service Training Roster","PID","Last Name","First Name","MI","Agency","Hours","Result"';
const row = (group: string, detail: string) => `${labels},${group},${detail},"Page 1 of 1"`;
const P2P = '"2064","Peer-to-Peer Investigations","11/3/2025","11/6/2025"';
const COURTROOM = '"1850","Courtroom Testimony","2/13/2026","2/13/2026"';

describe('a report that repeats its column labels on every row, with no header line', () => {
  it('names the columns from the labels and the group fields from what they hold; its first row is a record too', () => {
    const text = [
      row(P2P, '"54120","HALE","JORDAN","","Example City PD","32.00","Pass"'),
      row(P2P, '"61877","REYES","DANA","M","Example County SO","32.00","Pass"'),
      row(P2P, '"70213","LEE","SAM","","Example City PD","0.00","Fail"'),
      row(COURTROOM, '"70213","LEE","SAM","","Example City PD","4.00","Pass"'),
    ].join('\r\n');
    const file = readTable('InService.csv', new TextEncoder().encode(text), null);
    // "MI", a label the import has no field for, still names its column, empty or not.
    expect(file.table.headers.slice(9)).toEqual(['Column 10', 'Course', 'Start Date', 'End Date', 'PID', 'Last Name', 'First Name', 'MI', 'Agency', 'Hours', 'Result', 'Column 21']);
    expect(file.table.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4]);
    const first = firstMapping(file, [], trainings, team);
    const p = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn, c.hours])).toEqual([
      ['m-jordan', 'search-peer-to-peer-investigations', '2025-11-06', 32],
      ['m-dana', 'search-peer-to-peer-investigations', '2025-11-06', 32],
      ['m-sam', 'Courtroom Testimony', '2026-02-13', 4],
    ]);
    expect(p.notCompleted).toBe(1);
    // The commit reads the text as a stream: the same records.
    expect(planImportFromText(text, first.mapping, importContext(team, { trainings }), first.options).completions).toEqual(p.completions);
  });

  it('a usual header is left as it is: its labels are not on the rows under it', () => {
    const table = parseCsvTable('PID,Last Name,First Name,Hours\n54120,HALE,JORDAN,32\n61877,REYES,DANA,32\n');
    expect([table.headers, table.rows.map((r) => r.rowNumber), table.headerRowNumber]).toEqual([['PID', 'Last Name', 'First Name', 'Hours'], [2, 3], 1]);
    // Labels the same on every row but fewer than three: no such report.
    expect(parseCsvTable('"Name","Hours","Dana Reyes","4"\n"Name","Hours","Sam Lee","8"\n').rows.map((r) => r.rowNumber)).toEqual([2]);
  });
});
