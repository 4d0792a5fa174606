import type { CatalogueReview, PublisherInfo } from '../../../shared/model/catalogue-review';
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

/** Import a newer catalogue…: the checked file and what it would change, or null when cancelled. */
export async function reviewCatalogue(): Promise<CatalogueReview | null> {
  return (await tta().catalogueImport()).review;
}

/** The user agreed to the changes shown: switch. */
export async function confirmCatalogue(reviewId: string): Promise<string> {
  const result = await tta().catalogueImportConfirm({ reviewId });
  await catalogueChanged();
  const retired = result.retiredIds.length;
  return `Catalogue ${result.version} is now in use.${retired > 0 ? ` ${retired} training(s) in your records are no longer in it and are shown as retired.` : ''}`;
}

export async function revertCatalogue(): Promise<string> {
  const summary = await tta().catalogueRevert();
  await catalogueChanged();
  return `Back to the bundled catalogue ${summary.version}.`;
}

/** Back up data…: all user data to one file the user keeps, encrypted under their passphrase. */
export async function saveDataFile(passphrase: string): Promise<string | null> {
  const { savedTo } = await tta().dataFileExport({ passphrase });
  return savedTo ? `Saved an encrypted backup of all your data to ${savedTo}. Keep the passphrase somewhere safe: without it the file cannot be opened.` : null;
}

/** Restore from backup…: every store follows the data-replaced signal. */
export async function restoreDataFile(passphrase: string): Promise<string | null> {
  const result = await tta().dataFileRestore(passphrase ? { passphrase } : {});
  if (!result.restored) return null;
  announceDataReplaced();
  return `Restored ${plural(result.members, 'member')}, ${plural(result.completions, 'completion')} and ${plural(result.plans, 'plan')} from ${result.fileName}. The data you had before was kept as an automatic backup.`;
}

/** Records set aside at start: to a plain file the user can read, fix or pass on. */
export async function exportSetAside(): Promise<string | null> {
  const { savedTo } = await tta().setAsideExport();
  return savedTo ? `Saved the set-aside records to ${savedTo}.` : null;
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

/** Trusted publishers: the keys whose catalogue signatures are accepted. */
export function listPublishers(): Promise<PublisherInfo[]> {
  return tta().publishersList();
}

/** Asks for the publisher's public key file; null when the dialog was cancelled. */
export async function addPublisher(name: string): Promise<PublisherInfo[] | null> {
  const result = await tta().publisherAdd({ name });
  return result.added ? result.publishers : null;
}

export function removePublisher(fingerprint: string): Promise<PublisherInfo[]> {
  return tta().publisherRemove({ fingerprint });
}
