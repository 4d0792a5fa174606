import type { Completion, Member } from '../../../shared/model/team';
import { createImportChecker } from '../../../shared/team/csv-import';
import type { ImportPlan } from '../../../shared/team/import-plan';
import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import type { CsvTable } from '../../../shared/team/csv-parse';
import type { ImportOptions } from '../../../shared/team/import-options';
import type { TrainingLookup } from '../../../shared/team/training-lookup';

/** Rows checked between two paints: small enough that the page stays responsive. */
const SLICE = 2000;

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks every row for the preview, a slice at a time, reporting progress and
 * giving the browser a turn between slices. `cancelled` stops an outdated run
 * (the user picked another file or changed a column).
 */
export async function checkInSlices(
  table: CsvTable,
  mapping: ColumnMapping,
  options: ImportOptions,
  context: { members: readonly Member[]; completions: readonly Completion[]; trainings: TrainingLookup; createMissingMembers: boolean },
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<ImportPlan | null> {
  let n = 0;
  const checker = createImportChecker(table, mapping, {
    ...context,
    // Preview ids only: the main side assigns the real ones when it saves.
    newId: (kind) => `preview-${kind}-${++n}`,
    now: new Date().toISOString(),
  }, options);
  let done = 0;
  while (done < checker.total && !checker.blocked) {
    done = checker.checkNext(SLICE);
    onProgress(done, checker.total);
    await nextFrame();
    if (cancelled()) return null;
  }
  return checker.result();
}
