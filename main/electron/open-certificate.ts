import { tmpdir } from 'node:os';
import type { Shell } from 'electron';
import { writeViewerCopy } from '../services/certificates/viewer-copy';
import { UserFacingError } from '../services/user-facing-error';

/** Thin glue: a private decrypted copy (services/certificates/viewer-copy.ts) shown by the system viewer. */
export function createCertificateViewer(shell: Pick<Shell, 'openPath'>, tmpRoot: string = tmpdir()): (bytes: Buffer, fileName: string) => Promise<void> {
  return async (bytes, fileName) => {
    const path = await writeViewerCopy(tmpRoot, bytes, fileName);
    // openPath resolves with an error message, or '' when the viewer opened it.
    const problem = await shell.openPath(path);
    if (problem) throw new UserFacingError(`“${fileName}” could not be opened: ${problem}. Is a PDF or image viewer installed?`);
  };
}
