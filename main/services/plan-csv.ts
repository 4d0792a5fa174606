import { rename, writeFile } from 'node:fs/promises';
import { planCsvText } from '../../shared/plans/plan-csv';
import type { PlanView } from '../../shared/plans/plan-view';

/** Writes a plan's CSV (one row per item × assignee, spreadsheet-safe) to `path` via a temp file. */
export async function writePlanCsv(view: PlanView, path: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, planCsvText(view), 'utf8');
  await rename(temp, path);
}
