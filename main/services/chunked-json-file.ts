import { open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { UserData } from '../../shared/model/user-data';
import type { UserDataSerializer } from './user-data-serializer';

/**
 * lowdb adapter that writes atomically (temp file, then rename over the data file)
 * from pre-encoded chunks with one writev. Writes run one at a time; a write asked
 * for while another runs is folded into the next one, which saves the latest data.
 * Reading is the store's job (it must quarantine rather than throw).
 */
export class ChunkedJsonFile implements Adapter<UserData> {
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(
    private readonly file: string,
    private readonly serializer: UserDataSerializer,
  ) {}

  async read(): Promise<UserData | null> {
    return null;
  }

  write(data: UserData): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.running.catch(() => undefined).then(() => {
      this.queued = null;
      return this.writeNow(data);
    });
    this.queued = next;
    this.running = next;
    return next;
  }

  private async writeNow(data: UserData): Promise<void> {
    const temp = join(dirname(this.file), `.${basename(this.file)}.tmp`);
    const chunks = this.serializer.chunks(data);
    const handle = await open(temp, 'w');
    try {
      await handle.writev(chunks);
    } finally {
      await handle.close();
    }
    await rename(temp, this.file);
  }
}
