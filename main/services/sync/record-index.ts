import type { UserData } from '../../../shared/model/user-data';
import { parseDocId, sharedCollections, type RecordChange, type SharedList, type SharedRecord } from './record-docs';

export interface RecordIndexOptions {
  /** The store's committed data. */
  data: () => UserData;
  /** A turn of the event loop, taken while the index is built from scratch. */
  turn: () => Promise<void>;
  /** Longest run of building between two turns, in milliseconds. */
  turnMs: number;
  /** Records added between two looks at the clock. */
  checkEvery?: number;
  /** Monotonic milliseconds (tests pass their own). */
  now?: () => number;
}

export interface RecordIndex {
  /** Brings the index up to the store's data; builds it again only when the data changed by other means than the commits it was given. */
  current(): Promise<void>;
  /** True when the index describes exactly this data. */
  holds(data: UserData): boolean;
  /** The store's record with this id, as of the last current() (and the commits given since). */
  get(list: SharedList, id: string): SharedRecord | undefined;
  /** A commit from `before` to `after` with these changes (committedChanges): applied in place when the index held `before`. */
  committed(before: UserData, after: UserData, changes: readonly RecordChange[]): void;
}

/**
 * The store's shared records by id, per list, for the bridge's pull. Kept current from each
 * commit's changes: building it again for every batch of arrivals was a Map of 100,000
 * records per batch, the longest stall of the main event loop during an initial sync
 * (docs/sync.md). When it must be built from scratch (at start, or the data was replaced
 * without a commit it saw), it is built in slices with turns of the event loop between them.
 */
export function recordIndex(options: RecordIndexOptions): RecordIndex {
  const checkEvery = options.checkEvery ?? 1000;
  const now = options.now ?? (() => performance.now());
  let indexed: UserData | null = null;
  let lists = new Map<SharedList, Map<string, SharedRecord>>();

  async function build(data: UserData): Promise<Map<SharedList, Map<string, SharedRecord>>> {
    const built = new Map<SharedList, Map<string, SharedRecord>>();
    let since = now();
    let count = 0;
    for (const { list } of sharedCollections) {
      const byId = new Map<string, SharedRecord>();
      built.set(list, byId);
      for (const record of data[list] as readonly SharedRecord[]) {
        byId.set(record.id, record);
        if (++count % checkEvery === 0 && now() - since >= options.turnMs) {
          await options.turn();
          since = now();
        }
      }
    }
    return built;
  }

  return {
    async current() {
      // A commit during a turn of the build makes the built index stale: build again from the newer data.
      while (indexed !== options.data()) {
        const data = options.data();
        const built = await build(data);
        if (options.data() === data) {
          lists = built;
          indexed = data;
        }
      }
    },
    holds: (data) => indexed === data,
    get: (list, id) => lists.get(list)?.get(id),
    committed(before, after, changes) {
      if (indexed !== before) return;
      for (const change of changes) {
        const target = parseDocId(change.id);
        const byId = target && lists.get(target.collection.list);
        if (!target || !byId) continue;
        if (change.record) byId.set(target.recordId, change.record);
        else byId.delete(target.recordId);
      }
      indexed = after;
    },
  };
}
