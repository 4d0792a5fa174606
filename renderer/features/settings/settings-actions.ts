import { announceDataReplaced } from '../../app/data-replaced';
import { useAppStore } from '../../app/app-store';
import { tta } from '../../app/tta';
import { plural } from '../../components/format-count';
import { useCatalogueStore } from '../catalogue/catalogue-store';

/*
 * Settings actions: call the main side, bring the stores up to date, and return what
 * to tell the user (null when a dialog was cancelled). Refusals are thrown; the panel
 * shows them next to its button (useActionStatus).
 */

async function catalogueChanged(): Promise<void> {
  await Promise.all([useAppStore.getState().refreshInfo(), useCatalogueStore.getState().ensureLoaded(true)]);
}

export async function importCatalogue(): Promise<string | null> {
  const result = await tta().catalogueImport();
  await catalogueChanged();
  if (!result.imported) return null;
  const retired = result.retiredIds.length;
  return `Catalogue ${result.version} is now in use.${retired > 0 ? ` ${retired} training(s) in your records are no longer in it and are shown as retired.` : ''}`;
}

export async function revertCatalogue(): Promise<string> {
  const summary = await tta().catalogueRevert();
  await catalogueChanged();
  return `Back to the bundled catalogue ${summary.version}.`;
}

/** Back up data…: all user data to one file the user keeps. */
export async function saveDataFile(): Promise<string | null> {
  const { savedTo } = await tta().dataFileExport();
  return savedTo ? `Saved a backup of all your data to ${savedTo}.` : null;
}

/** Restore from backup…: every store follows the data-replaced signal. */
export async function restoreDataFile(): Promise<string | null> {
  const result = await tta().dataFileRestore();
  if (!result.restored) return null;
  announceDataReplaced();
  return `Restored ${plural(result.members, 'member')}, ${plural(result.completions, 'completion')} and ${plural(result.plans, 'plan')} from ${result.fileName}. The data you had before was kept as an automatic backup.`;
}

/** After a damaged data file: the newest automatic backup that is valid. */
export async function restoreNewestAutomaticBackup(): Promise<string> {
  try {
    const { restored } = await tta().automaticBackupRestore({});
    announceDataReplaced();
    return `Restored ${restored}.`;
  } catch (error) {
    await useAppStore.getState().refreshInfo();
    throw error;
  }
}
