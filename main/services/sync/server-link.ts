import type { SyncErrorKind, SyncState } from '../../../shared/model/sync-status';
import { Pouch, type Replica, type RecordDocBody } from './replica';
import { describeRefusal, describeServerError } from './server-errors';
import type PouchDB from 'pouchdb-core';

export interface ServerCredentials {
  url: string;
  user: string;
  password: string;
}

export interface LinkStatus {
  state: SyncState;
  error: string | null;
  errorKind: SyncErrorKind | null;
  lastSyncedAt: string | null;
  /** The local sequence the server has acknowledged up to. */
  pushedSeq: number | string;
}

const STATUS_OF: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/**
 * Documents per replication step. Each step writes its batch to the replica, asks it about
 * every revision and parses the server's answer in one stretch of the main thread: 500 made
 * stretches of 40-60 ms of CPU during an initial sync of 100,000 (docs/sync.md).
 */
export const LINK_BATCH = 200;

/** Back-off between retries: 1 s, doubling, at most a minute. */
export const backOff = (delay: number): number => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000));

export function openRemote(server: ServerCredentials): PouchDB.Database<RecordDocBody> {
  return new Pouch<RecordDocBody>(server.url, { adapter: 'http', skip_setup: true, auth: { username: server.user, password: server.password } });
}

/** Checks the URL, user and password against the server before anything is kept; throws the reason in words. */
export async function checkServer(server: ServerCredentials): Promise<{ kind: SyncErrorKind; message: string } | null> {
  const remote = openRemote(server);
  try {
    // PouchDB's http info() resolves with CouchDB's error body (401, 403) instead of rejecting.
    const info = (await remote.info()) as { error?: string; reason?: string };
    if (info.error) throw Object.assign(new Error(info.reason ?? info.error), { status: STATUS_OF[info.error] ?? 500, reason: info.reason });
    return null;
  } catch (error) {
    return describeServerError(error, server.url);
  } finally {
    await remote.close().catch(() => undefined);
  }
}

/**
 * Live two-way replication with the server, retried with back-off while it cannot be
 * reached; `onPulled` runs after versions arrived (the bridge applies them to the store).
 */
export function startLink(
  db: Replica,
  server: ServerCredentials,
  options: { now: () => Date; lastSyncedAt: string | null; onPulled: () => void; onSynced: (at: string) => void },
) {
  const remote = openRemote(server);
  const status: LinkStatus = { state: 'connecting', error: null, errorKind: null, lastSyncedAt: options.lastSyncedAt, pushedSeq: 0 };
  let refused: string | null = null;
  const fail = (error: unknown) => {
    const described = describeServerError(error, server.url);
    status.error = described.message;
    status.errorKind = described.kind;
    // Unreachable keeps retrying by itself; a password or certificate needs the user.
    status.state = described.kind === 'unreachable' ? 'offline' : 'error';
  };
  /*
   * The live sync's own 'paused' event never carries the error (apache/pouchdb#6959, wontfix):
   * a failed attempt pauses it just as a finished exchange does. Each direction's last
   * failure is therefore kept from its own events, until that direction pauses cleanly.
   */
  const failing: Record<'push' | 'pull', unknown> = { push: null, pull: null };
  const synced = async () => {
    failing.push = failing.pull = null;
    status.state = 'up-to-date';
    status.error = refused;
    status.errorKind = refused ? 'refused' : null;
    status.lastSyncedAt = options.now().toISOString();
    status.pushedSeq = (await db.info()).update_seq;
    options.onSynced(status.lastSyncedAt);
  };
  const live = db.sync(remote, { live: true, retry: true, back_off_function: backOff, batch_size: LINK_BATCH });
  // Registered before the sync's own listeners (added with its first 'paused' listener below), so they run first.
  for (const direction of ['push', 'pull'] as const) {
    live[direction]
      // Every failed attempt, retries included (a retry that fails again pauses nothing).
      .on('requestError', ((error: unknown) => {
        failing[direction] = error;
        fail(error);
      }) as never)
      .on('paused', ((error?: unknown) => {
        failing[direction] = error ?? null;
      }) as never);
  }
  live
    .on('change', ((info: { direction: 'push' | 'pull'; change: { last_seq?: number | string } }) => {
      if (info.direction === 'pull') options.onPulled();
      else if (info.change.last_seq !== undefined) status.pushedSeq = info.change.last_seq;
    }) as never)
    .on('active', (() => {
      // A retry starting is not yet a connection: offline (or an error) stays until an exchange completes.
      if (status.state !== 'offline' && status.state !== 'error') status.state = 'syncing';
    }) as never)
    .on('paused', (() => {
      // Both directions paused: an exchange finished only if neither paused on a failure.
      const error = failing.push ?? failing.pull;
      if (error) fail(error);
      else void synced();
    }) as never)
    .on('denied', ((error: { id?: string; reason?: string; message?: string; doc?: { id?: string; _id?: string; reason?: string; message?: string } }) => {
      refused = describeRefusal(error.id ?? error.doc?.id ?? error.doc?._id ?? 'record', error.reason ?? error.doc?.reason ?? error.message ?? error.doc?.message ?? 'refused');
      status.error = refused;
      status.errorKind = 'refused';
    }) as never)
    .on('error', ((error: unknown) => fail(error)) as never);

  return {
    status: () => status,
    /** One full exchange in both directions now; resolves when finished, rejects with the reason in words. */
    async once(): Promise<void> {
      status.state = 'syncing';
      try {
        await db.replicate.to(remote, { batch_size: LINK_BATCH });
        await db.replicate.from(remote, { batch_size: LINK_BATCH });
        options.onPulled();
        await synced();
      } catch (error) {
        fail(error);
      }
    },
    async stop(): Promise<void> {
      live.cancel();
      await remote.close().catch(() => undefined);
    },
  };
}
export type ServerLink = ReturnType<typeof startLink>;
