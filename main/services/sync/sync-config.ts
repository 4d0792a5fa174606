import { join } from 'node:path';
import * as z from 'zod';
import type { DurableFiles } from '../durable-file';

/** Beside the data file, written like it (so encrypted at rest with the store's data key). Never shared. */
export const SYNC_CONFIG_NAME = 'tta-navigator-sync.json';

const configSchema = z.object({
  coordinatorName: z.string().nullable().default(null),
  /** The server, the user and the password: the file is sealed with the data key, so the password is never plain on disk. */
  server: z.object({ url: z.string(), user: z.string(), password: z.string() }).nullable().default(null),
  /** Per partner name ('' = anyone): the replica sequence the last exchange file for them went up to. */
  shared: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
  lastSyncedAt: z.string().nullable().default(null),
});
export type SyncConfig = z.infer<typeof configSchema>;

export function syncConfigFile(dir: string, files: DurableFiles) {
  const path = join(dir, SYNC_CONFIG_NAME);
  return {
    path,
    async read(): Promise<SyncConfig> {
      const bytes = await files.read(path).catch(() => null);
      if (!bytes) return configSchema.parse({});
      try {
        return configSchema.parse(JSON.parse(bytes.toString('utf8')));
      } catch {
        // A damaged settings file only costs setting sharing up again; the records are in the store and the replica.
        return configSchema.parse({});
      }
    },
    write: (config: SyncConfig) => files.write(path, JSON.stringify(config)),
  };
}
