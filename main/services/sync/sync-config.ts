import { join } from 'node:path';
import * as z from 'zod';
import { isFiniteNumber, isJsonObject, isPlainRecord, isString } from '../../../shared/validation/quick-check';
import { lazySchema } from '../../../shared/validation/lazy-schema';
import type { DurableFiles } from '../durable-file';

/** Beside the data file, written like it (so encrypted at rest with the store's data key). Never shared. */
export const SYNC_CONFIG_NAME = 'tta-navigator-sync.json';

export const configSchema = lazySchema(() =>
  z.object({
    coordinatorName: z.string().nullable().default(null),
    /** The server, the user and the password: the file is sealed with the data key, so the password is never plain on disk. */
    server: z.object({ url: z.string(), user: z.string(), password: z.string() }).nullable().default(null),
    /** Per partner name ('' = anyone): the replica sequence the last exchange file for them went up to. */
    shared: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
    lastSyncedAt: z.string().nullable().default(null),
  }),
);
export type SyncConfig = z.infer<typeof configSchema>;

const orNull = <T>(value: unknown, is: (v: unknown) => v is T): value is T | null => value === null || is(value);

/**
 * Settings as this app writes them (or none yet), checked by hand so a start need not load
 * zod; `undefined` for anything else, which the schema then judges (shared/validation/quick-check.ts).
 */
export function quickSyncConfig(value: unknown): SyncConfig | undefined {
  if (!isPlainRecord(value)) return undefined;
  // As the schema's defaults: a missing field is its default.
  const { coordinatorName = null, server = null, shared = {}, lastSyncedAt = null } = value;
  if (!orNull(coordinatorName, isString) || !orNull(lastSyncedAt, isString) || !isJsonObject(shared)) return undefined;
  let serverOut: SyncConfig['server'] = null;
  if (server !== null) {
    if (!isPlainRecord(server) || !isString(server.url) || !isString(server.user) || !isString(server.password)) return undefined;
    serverOut = { url: server.url, user: server.user, password: server.password };
  }
  const sharedOut: SyncConfig['shared'] = {};
  for (const [partner, seq] of Object.entries(shared)) {
    if (!isFiniteNumber(seq) && !isString(seq)) return undefined;
    // Partner names are typed by the coordinator; the schema drops one named `__proto__`, and so must this.
    if (partner !== '__proto__') sharedOut[partner] = seq;
  }
  return { coordinatorName, server: serverOut, shared: sharedOut, lastSyncedAt };
}

/**
 * Where the last exchange file for `partner` went up to, or 0 for everything. An own-key
 * lookup, so a partner named after an Object property (`__proto__`, `constructor`) starts at 0.
 */
export function sharedSince(config: SyncConfig, partner: string): number | string {
  return Object.hasOwn(config.shared, partner) ? config.shared[partner]! : 0;
}

/** The settings in `value`, or the defaults when they are damaged. */
export function readSyncConfig(value: unknown): SyncConfig {
  const quick = quickSyncConfig(value);
  if (quick) return quick;
  const parsed = configSchema.safeParse(value);
  return parsed.success ? parsed.data : configSchema.parse({});
}

export function syncConfigFile(dir: string, files: DurableFiles) {
  const path = join(dir, SYNC_CONFIG_NAME);
  return {
    path,
    async read(): Promise<SyncConfig> {
      const bytes = await files.read(path).catch(() => null);
      if (!bytes) return readSyncConfig({});
      let value: unknown;
      try {
        value = JSON.parse(bytes.toString('utf8'));
      } catch {
        value = {};
      }
      // A damaged settings file only costs setting sharing up again; the records are in the store and the replica.
      return readSyncConfig(value);
    },
    write: (config: SyncConfig) => files.write(path, JSON.stringify(config)),
  };
}
