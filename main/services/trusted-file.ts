import { readFile, stat, writeFile } from 'node:fs/promises';

/**
 * Remembers which exact file this app version wrote last (inode, size and
 * nanosecond mtime), so the next start can skip re-validating 100,000 records it
 * validated before saving. Any other file (edited, copied, restored, written by
 * another version) does not match and gets the full check.
 */
export interface FileFingerprint {
  appVersion: string;
  ino: string;
  size: string;
  mtimeNs: string;
}

async function fingerprint(file: string, appVersion: string): Promise<FileFingerprint | null> {
  const s = await stat(file, { bigint: true }).catch(() => null);
  return s ? { appVersion, ino: String(s.ino), size: String(s.size), mtimeNs: String(s.mtimeNs) } : null;
}

export const trustFileFor = (file: string) => `${file}.verified`;

export async function rememberTrusted(file: string, appVersion: string): Promise<void> {
  const print = await fingerprint(file, appVersion);
  if (print) await writeFile(trustFileFor(file), JSON.stringify(print));
}

export async function isTrusted(file: string, appVersion: string): Promise<boolean> {
  const [saved, current] = await Promise.all([readFile(trustFileFor(file), 'utf8').catch(() => null), fingerprint(file, appVersion)]);
  if (!saved || !current) return false;
  try {
    const s = JSON.parse(saved) as Partial<FileFingerprint>;
    return s.appVersion === current.appVersion && s.ino === current.ino && s.size === current.size && s.mtimeNs === current.mtimeNs;
  } catch {
    return false;
  }
}
