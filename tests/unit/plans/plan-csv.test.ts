import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_CSV_HEADER } from '../../../shared/plans/plan-csv';
import { writePlanCsv } from '../../../main/services/plan-csv';
import { useTempDirs } from '../store/temp-dir';
import { completion, item, member, plan, viewOf } from './plan-fixtures';

describe('plan CSV export', () => {
  const tempDir = useTempDirs();

  it('writes one row per item × assignee that parses back, with formula-like cells neutralised', async () => {
    const members = [member('m-ana', '=HYPERLINK("http://evil")', ['law-enforcement'], { agency: '+1 Agency' }), member('m-ben', 'Ben, "the" Lee')];
    const p = plan(
      [
        item('i-1', 'fi-children', ['m-ana', 'm-ben'], { targetDate: '2026-03-01', notes: '@SUM(A1)\nsecond line' }),
        { id: 'i-2', custom: { title: '-2+3 Regional summit', provider: 'State AG' }, assigneeIds: [], priority: 'low', status: 'requested', notes: '' },
        item('i-3', 'cart', ['m-ben'], { status: 'cancelled' }),
      ],
      { name: '\tTab plan' },
    );
    const view = viewOf(p, members, [completion('m-ben', 'fi-children', '2026-02-10')], '2026-06-01');
    const path = join(await tempDir(), 'plan.csv');
    await writePlanCsv(view, path);

    const text = await readFile(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([...PLAN_CSV_HEADER]);
    expect(rows).toHaveLength(4); // 2 assignees + 1 unassigned item + 1 assignee of the cancelled item
    const col = (name: (typeof PLAN_CSV_HEADER)[number]) => PLAN_CSV_HEADER.indexOf(name);

    expect(rows.map((r) => r[col('Member')])).toEqual(['\'=HYPERLINK("http://evil")', 'Ben, "the" Lee', '', 'Ben, "the" Lee']);
    expect(rows.map((r) => r[col('Progress')])).toEqual(['Overdue', 'Done', '', 'Cancelled']);
    expect(rows[1]![col('Completed on')]).toBe('2026-02-10');
    expect(rows[0]![col('Agency')]).toBe("'+1 Agency");
    expect(rows[0]![col('Item notes')]).toBe("'@SUM(A1)\nsecond line");
    expect(rows[0]![col('Plan')]).toBe("'\tTab plan");
    expect(rows[2]![col('Training')]).toBe("'-2+3 Regional summit");
    expect(rows[2]![col('Kind')]).toBe('Custom');
    expect(rows[0]![col('Catalogue id')]).toBe('fi-children');
    expect(rows[0]![col('Target date')]).toBe('2026-03-01');
    // No cell a spreadsheet would run as a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r\n]/);
  });
});
