import { join } from 'node:path';
import { listBackups } from '../backups';
import type { DurableFiles } from '../durable-file';
import type { Store } from '../store';
import { certificateFiles, referencedCertificates } from './certificate-files';

/**
 * Removes the certificates no record uses any more: none of the data file's records, and none
 * of a rolling backup's (so restoring that backup brings its certificates back; Delete
 * permanently rewrites the backups first, so the member's go). Backups are read only when some
 * certificate is otherwise unused, and searched for its name (the SHA-256) rather than parsed.
 */
export async function sweepCertificates(store: Store, files: DurableFiles): Promise<string[]> {
  const certificates = certificateFiles(store.dir, files);
  const keep = referencedCertificates(store.data().completions);
  const unused = (await certificates.list()).filter((name) => !keep.has(name));
  if (unused.length === 0) return [];
  for (const backup of await listBackups(store.backupsDir, files)) {
    const bytes = await files.read(join(store.backupsDir, backup.name)).catch(() => null);
    if (bytes === null) continue;
    for (const name of unused) if (bytes.includes(name)) keep.add(name);
  }
  return certificates.sweep(keep);
}
