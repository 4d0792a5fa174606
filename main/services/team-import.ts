import type { ImportOutcome } from '../../shared/contract/team-channels';
import { formatRowError, type ImportContext, type ImportPlan } from '../../shared/team/import-plan';
import { planImportFromText } from '../../shared/team/import-stream';
import type { UserData } from '../../shared/model/user-data';
import type { TrainingLookup } from '../../shared/team/training-lookup';
import type { ColumnMapping } from '../../shared/team/csv-mapping';
import type { ImportOptions } from '../../shared/team/import-options';
import type { TeamWriteDeps } from './team-writes';
import { UserFacingError } from './user-facing-error';

/** How many row errors travel back; the count says how many more there were. */
const MAX_DETAILS = 100;

export interface ImportInput {
  fileName: string;
  text: string;
  mapping: ColumnMapping;
  options: ImportOptions;
  createMissingMembers: boolean;
}

/**
 * Parses and checks every row against a snapshot of the data. Pure (no store, no
 * I/O), so it can run on a worker thread; importCompletions below applies it.
 */
export function prepareImport(
  data: Pick<UserData, 'members' | 'completions'>,
  trainings: TrainingLookup,
  input: ImportInput,
  ids: { newId: TeamWriteDeps['newId'] } & ImportClock,
): ImportPlan {
  // The records carry the stamps the store would give them (updatedAt = createdAt, updatedBy = the
  // author): the store then keeps them as they are instead of a stamped copy of each.
  const context: ImportContext = {
    members: data.members,
    completions: data.completions,
    trainings,
    createMissingMembers: input.createMissingMembers,
    newId: ids.newId,
    now: ids.now,
    stamps: { updatedAt: ids.now, updatedBy: ids.by },
  };
  const plan = planImportFromText(input.text, input.mapping, context, input.options);
  const name = input.fileName || 'The file';
  if (plan.fileProblems.length > 0) throw new UserFacingError(`Nothing was imported: ${name} cannot be read as records.`, plan.fileProblems);
  if (plan.errors.length > 0) {
    const rows = new Set(plan.errors.map((e) => e.rowNumber)).size;
    const details = plan.errors.slice(0, MAX_DETAILS).map(formatRowError);
    if (plan.errors.length > MAX_DETAILS) details.push(`…and ${plan.errors.length - MAX_DETAILS} more problems`);
    throw new UserFacingError(`Nothing was imported: ${rows} ${rows === 1 ? 'row' : 'rows'} of ${name} ${rows === 1 ? 'has' : 'have'} problems. Fix them and import the file again.`, details);
  }
  return plan;
}

/** When the import's records are made (createdAt, updatedAt) and by whom (updatedBy: the store's author). */
export interface ImportClock {
  now: string;
  by: string;
}

/** prepareImport run somewhere else (a worker thread), with the ids made there. */
export type PrepareElsewhere = (data: Pick<UserData, 'members' | 'completions'>, trainings: TrainingLookup, input: ImportInput, clock: ImportClock) => Promise<ImportPlan>;

/**
 * All or nothing: every row is parsed and checked against the current team and
 * catalogue first, and only a file with no problems is saved, in one store.update.
 */
export async function importCompletions(deps: TeamWriteDeps, input: ImportInput, inWorker?: PrepareElsewhere): Promise<ImportOutcome> {
  // With a worker (the app: HeavyWork.prepareImport), the check of every row runs off the main thread; the commit stays here.
  const clock: ImportClock = { now: deps.now().toISOString(), by: deps.store.author() };
  const plan = inWorker
    ? await inWorker(deps.store.data(), deps.trainings(), input, clock)
    : prepareImport(deps.store.data(), deps.trainings(), input, { newId: deps.newId, ...clock });
  if (plan.completions.length > 0) {
    // Every record passed the import's check (prepareImport): the store checks only the stamps, and
    // keeps records already stamped as it would stamp them (the author may have changed meanwhile: then it stamps copies).
    await deps.store.update(
      (d) => {
        for (const m of plan.newMembers) d.members.push(m);
        for (const c of plan.completions) d.completions.push(c);
      },
      { checkedCompletions: plan.completions },
    );
  }
  return {
    added: plan.completions,
    newMembers: plan.completions.length > 0 ? plan.newMembers : [],
    duplicates: plan.duplicates,
    classDays: plan.classDays.reduce((n, c) => n + c.folded, 0),
    notCompleted: plan.notCompleted,
    summaryRows: plan.summaryRows.length,
    notOnTeam: plan.notOnTeam.length,
    afterToday: plan.afterToday.length,
  };
}
