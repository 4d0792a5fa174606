import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Private keys never go inside the repository, where a commit could publish them. */
export function refuseInsideRepository(target: string): void {
  const relative = path.relative(REPOSITORY, path.resolve(target));
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    console.error(`${target} is inside the repository (${REPOSITORY}). Keep signing keys elsewhere, e.g. on an encrypted USB drive.`);
    process.exit(2);
  }
}
