import { planCsvText } from '../../shared/plans/plan-csv';
import type { PlanView } from '../../shared/plans/plan-view';
import { writeFileDurable } from './durable-file';

/** Writes a plan's CSV (one row per item × assignee, spreadsheet-safe) to `path` (durable writer). */
export async function writePlanCsv(view: PlanView, path: string): Promise<void> {
  await writeFileDurable(path, planCsvText(view));
}
