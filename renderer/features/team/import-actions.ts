import type { SavedMapping } from '../../../shared/team/saved-mappings';
import { useAppStore } from '../../app/app-store';

/* Saved import mappings live in Settings; the import itself is team-actions' importCompletions. */

/** Saves (or replaces, by name or header row) a mapping in Settings, so the same header row brings it back. */
export async function saveImportMapping(saved: SavedMapping): Promise<void> {
  const app = useAppStore.getState();
  const current = app.settings?.importMappings ?? [];
  const others = current.filter((m) => m.name !== saved.name && m.headerKey !== saved.headerKey);
  await app.updateSettings({ importMappings: [...others, saved].slice(-50) });
  const error = useAppStore.getState().error;
  if (error) throw new Error(error);
}
