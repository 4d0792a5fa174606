import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import type { DurableFiles } from '../durable-file';

export const CERTIFICATES_DIR_NAME = 'certificates';
const SHA256_NAME = /^[0-9a-f]{64}$/;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Certificate files inside the data folder, one per content, named by its SHA-256. */
export interface CertificateFiles {
  readonly dir: string;
  /** Keeps the bytes (once: the same content is stored once) and returns their SHA-256. */
  put(bytes: Buffer): Promise<string>;
  /** The bytes of a kept certificate, decrypted; null when there is none under that name. */
  read(sha256: string): Promise<Buffer | null>;
  /** The names of every kept certificate. */
  list(): Promise<string[]>;
  /** Removes every kept certificate not in `keep`; returns the names removed. */
  sweep(keep: ReadonlySet<string>): Promise<string[]>;
}

type Fs = Pick<typeof nodeFs, 'mkdir' | 'chmod' | 'readdir' | 'stat' | 'unlink'>;

/**
 * `files` is the data folder's durable writer (encrypted at rest with the store's key, files
 * 0600); the folder is made 0700. A name is the hash of the plain bytes, so attaching the same
 * file twice finds it already there; what is on disk is the encrypted envelope.
 */
export function certificateFiles(dataDir: string, files: DurableFiles, fs: Fs = nodeFs): CertificateFiles {
  const dir = join(dataDir, CERTIFICATES_DIR_NAME);
  const pathOf = (sha: string): string => {
    if (!SHA256_NAME.test(sha)) throw new Error(`not a certificate name: ${sha}`);
    return join(dir, sha);
  };
  const exists = async (path: string): Promise<boolean> =>
    fs.stat(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
  const list = async (): Promise<string[]> => {
    try {
      return (await fs.readdir(dir)).filter((name) => SHA256_NAME.test(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  return {
    dir,
    async put(bytes) {
      const sha = sha256Hex(bytes);
      const path = pathOf(sha);
      if (await exists(path)) return sha;
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      // mkdir's mode passes through the umask; the folder holds records of people.
      if (process.platform !== 'win32') await fs.chmod(dir, 0o700);
      await files.write(path, bytes);
      return sha;
    },
    async read(sha) {
      return files.read(pathOf(sha));
    },
    list,
    async sweep(keep) {
      const removed: string[] = [];
      for (const name of await list()) {
        if (keep.has(name)) continue;
        await fs.unlink(join(dir, name)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        removed.push(name);
      }
      return removed;
    },
  };
}

/** Every certificate the given records name. */
export function referencedCertificates(completions: readonly { certificate?: { sha256: string } | undefined }[]): Set<string> {
  const out = new Set<string>();
  for (const c of completions) if (c.certificate) out.add(c.certificate.sha256);
  return out;
}
