import { join } from 'node:path';
import { listMovedAside, listSetAsideFiles } from '../at-rest/moved-aside-copies';
import { listBackups } from '../backups';
import type { DurableFiles } from '../durable-file';
import type { Store } from '../store';
import { certificateFiles, referencedCertificates } from './certificate-files';

/**
 * Removes the certificates no record uses any more: none of the data file's records, none of a
 * rolling backup's, and none of a data file moved aside at start (a damaged or refused file kept
 * 30 days so it can be recovered, and the side file of records set aside from it). Restoring any
 * of those copies then finds its certificates. A moved-aside copy that cannot be read cannot
 * say what it names, so nothing is removed while it is kept. Delete permanently rewrites the
 * copies first, so the member's go. The copies are read only when some certificate is otherwise
 * unused, and searched for its name (the SHA-256) rather than parsed: a damaged copy need not parse.
 */
export async function sweepCertificates(store: Store, files: DurableFiles): Promise<string[]> {
  const certificates = certificateFiles(store.dir, files);
  const keep = referencedCertificates(store.data().completions);
  const unused = (await certificates.list()).filter((name) => !keep.has(name));
  if (unused.length === 0) return [];
  const backups = (await listBackups(store.backupsDir, files)).map((b) => ({ path: join(store.backupsDir, b.name), movedAside: false }));
  const movedAside = [...(await listMovedAside(files.fs, store.dir)).map((c) => c.name), ...(await listSetAsideFiles(files.fs, store.dir))].map((name) => ({
    path: join(store.dir, name),
    movedAside: true,
  }));
  for (const copy of [...backups, ...movedAside]) {
    const bytes = await files.read(copy.path).catch(() => undefined);
    if (bytes === null) continue;
    if (bytes === undefined) {
      if (copy.movedAside) return [];
      continue;
    }
    for (const name of unused) if (bytes.includes(name)) keep.add(name);
  }
  return certificates.sweep(keep);
}
