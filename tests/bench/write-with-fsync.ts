import { open } from 'node:fs/promises';

/** The baselines' durable write by the simplest means: write the bytes, fsync, close. */
export async function writeWithFsync(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
