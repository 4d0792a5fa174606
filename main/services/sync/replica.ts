import PouchDB from 'pouchdb-core';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { sealedLeveldown } from './sealed-leveldown';

/** The replica's folder inside the data folder. */
export const REPLICA_DIR_NAME = 'sync-replica';

/** PouchDB with only what this app uses: LevelDB on disk, HTTP to a CouchDB server, replication. */
export const Pouch = PouchDB.plugin(leveldbAdapter).plugin(httpAdapter).plugin(replication);
export type Replica = PouchDB.Database<RecordDocBody>;
export type ReplicaDoc = PouchDB.Doc<RecordDocBody>;

/** A shared record as a document: `_id` is "<type>:<record id>". */
export interface RecordDocBody {
  type: string;
  record: Record<string, unknown>;
  /** When and by whom (the coordinator's name) this version was made. */
  updatedAt: string;
  updatedBy: string;
  /** On a deletion: it closes a branch after a conflict was resolved (not a coordinator deleting the record). */
  closed?: boolean;
}

/**
 * Opens the local replica. With a data key its LevelDB values are sealed (sealed-leveldown.ts),
 * so the replica is no more readable on disk than the encrypted data file; without one (the
 * store is plain too) it is plain LevelDB.
 */
export function openReplica(location: string, key: Buffer | null): Replica {
  // Twenty revisions of history per document are plenty to find a common ancestor between coordinators.
  const options = { adapter: 'leveldb', revs_limit: 20, auto_compaction: true };
  return new Pouch<RecordDocBody>(location, key ? { ...options, db: sealedLeveldown(key) } : options);
}
