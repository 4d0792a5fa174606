import type { ImportOutcome } from '../../shared/contract/team-channels';
import { formatRowError, planImport } from '../../shared/team/csv-import';
import type { ColumnMapping } from '../../shared/team/csv-mapping';
import { parseCsvTable } from '../../shared/team/csv-parse';
import type { TeamWriteDeps } from './team-writes';
import { UserFacingError } from './user-facing-error';

/** How many row errors travel back; the count says how many more there were. */
const MAX_DETAILS = 100;

/**
 * All or nothing: every row is parsed and checked against the current team and
 * catalogue first, and only a file with no problems is saved, in one store.update.
 */
export async function importCompletions(
  deps: TeamWriteDeps,
  input: { fileName: string; text: string; mapping: ColumnMapping; createMissingMembers: boolean },
): Promise<ImportOutcome> {
  const data = deps.store.data();
  const plan = planImport(parseCsvTable(input.text), input.mapping, {
    members: data.members,
    completions: data.completions,
    trainings: deps.trainings(),
    createMissingMembers: input.createMissingMembers,
    newId: deps.newId,
    now: deps.now().toISOString(),
  });
  const name = input.fileName || 'The file';
  if (plan.fileProblems.length > 0) throw new UserFacingError(`Nothing was imported: ${name} cannot be read as records.`, plan.fileProblems);
  if (plan.errors.length > 0) {
    const rows = new Set(plan.errors.map((e) => e.rowNumber)).size;
    const details = plan.errors.slice(0, MAX_DETAILS).map(formatRowError);
    if (plan.errors.length > MAX_DETAILS) details.push(`…and ${plan.errors.length - MAX_DETAILS} more problems`);
    throw new UserFacingError(`Nothing was imported: ${rows} ${rows === 1 ? 'row' : 'rows'} of ${name} ${rows === 1 ? 'has' : 'have'} problems. Fix them and import the file again.`, details);
  }
  if (plan.completions.length > 0) {
    await deps.store.update((d) => {
      for (const m of plan.newMembers) d.members.push(m);
      for (const c of plan.completions) d.completions.push(c);
    });
  }
  return { added: plan.completions, newMembers: plan.completions.length > 0 ? plan.newMembers : [], duplicates: plan.duplicates };
}
