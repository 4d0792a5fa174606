import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const PREFIX = 'tta-certificate-';

/**
 * The system viewer needs a plain file: a decrypted copy in a private folder of its own (0700,
 * the file 0600), under the file's own name so the viewer's title reads well. Copies are
 * removed at the next start and at quit (a viewer may still be showing one until then).
 */
export async function writeViewerCopy(tmpRoot: string, bytes: Buffer, fileName: string): Promise<string> {
  const dir = await mkdtemp(join(tmpRoot, PREFIX));
  // basename: a stored name is never a path, but a copy must not land outside its folder.
  const path = join(dir, basename(fileName) || 'certificate');
  await writeFile(path, bytes, { mode: 0o600 });
  return path;
}

/** Removes every viewer copy this app left in `tmpRoot`; returns how many folders went. */
export async function removeViewerCopies(tmpRoot: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(tmpRoot).catch(() => [] as string[])) {
    if (!name.startsWith(PREFIX)) continue;
    await rm(join(tmpRoot, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
