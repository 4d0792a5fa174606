import type { ImportOutcome } from '../../../shared/contract/team-channels';
import type { ColumnMapping } from '../../../shared/team/csv-mapping';
import type { ImportOptions } from '../../../shared/team/import-options';
import type { SavedMapping } from '../../../shared/team/saved-mappings';
import { tta } from '../../app/tta';
import { useAppStore } from '../../app/app-store';
import { useTeamStore } from './team-store';

/*
 * Import writes as the screen uses them: the main side re-checks the same text with
 * the same mapping and options and saves all rows or none; the local copy is then
 * patched with exactly what it saved. Failures are thrown to the screen.
 */

export async function importCompletionsFile(input: {
  fileName: string;
  text: string;
  mapping: ColumnMapping;
  options: ImportOptions;
  createMissingMembers: boolean;
}): Promise<ImportOutcome> {
  const outcome = await tta().completionsImport(input);
  const team = useTeamStore.getState();
  team.upsertMembers(outcome.newMembers);
  team.addCompletions(outcome.added);
  return outcome;
}

/** Saves (or replaces, by name or header row) a mapping in Settings, so the same header row brings it back. */
export async function saveImportMapping(saved: SavedMapping): Promise<void> {
  const app = useAppStore.getState();
  const current = app.settings?.importMappings ?? [];
  const others = current.filter((m) => m.name !== saved.name && m.headerKey !== saved.headerKey);
  await app.updateSettings({ importMappings: [...others, saved].slice(-50) });
  const error = useAppStore.getState().error;
  if (error) throw new Error(error);
}
