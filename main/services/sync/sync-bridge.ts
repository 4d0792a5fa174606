import type { SetAsideVersion } from '../../../shared/model/sync-conflict';
import type { UserData } from '../../../shared/model/user-data';
import type { Store } from '../store';
import { canonical, checkIncoming, committedChanges, parseDocId, sharedCollections, type RecordChange, type SharedList, type SharedRecord } from './record-docs';
import type { Replica, ReplicaDoc } from './replica';
import { nextRevision } from './revisions';
import { openVersions } from './conflicts';
import { recordIndex } from './record-index';

const STATE_DOC = '_local/bridge';
const SET_ASIDE_DOC = '_local/set-aside';
/** Changes read from the replica per store update: one save for many incoming versions. */
const PULL_BATCH = 5000;
/** Documents written to the replica per bulk write. */
const PUSH_BATCH = 2000;
const SET_ASIDE_KEPT = 500;
/** Longest run of incoming checks between two turns of the event loop. */
const TURN_MS = 8;

export interface BridgeOptions {
  store: Store;
  replica: Replica;
  /** The coordinator's name and the clock, for updatedBy / updatedAt of local changes. */
  coordinator: () => string;
  now: () => Date;
  log?: (message: string) => void;
}

export interface Bridge {
  /** Applies what arrived in the replica (server or file) to the store; `origin` names where it came from for set-aside versions. */
  pull(origin: string): Promise<{ applied: number; setAside: number }>;
  /** Resolves when every committed store change has been written to the replica. */
  flush(): Promise<void>;
  conflictIds(): ReadonlySet<string>;
  setAside(): readonly SetAsideVersion[];
  /** Counts changes to the conflicts list. */
  conflictsVersion(): number;
  /** Runs `work` between bridge steps (conflict resolution writes through here). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The store stays the app's working copy; the replica is what is shared. Every committed
 * store change becomes a new revision of its document; every version that arrives in the
 * replica passes checkIncoming (the stored schema) before the store applies it — a version
 * that fails is set aside with its origin, never applied. One chain runs both directions,
 * so they never interleave.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const { store, replica: db } = options;
  /** Per document: the revision the store's record is (based on). */
  const baseRev = new Map<string, string>();
  /** Records the bridge itself put in the store, with their revision: their commit is not written back. */
  const applying = new WeakMap<object, string>();
  /** Deletions the bridge itself is applying, by document id. */
  const deleting = new Map<string, string>();
  const conflicts = new Set<string>();
  let conflictsVersion = 0;
  let appliedSeq: number | string = 0;
  let setAside: SetAsideVersion[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  /** The store's records by id: a lookup per arrival in a list of 100,000 must not scan or rebuild it. */
  const index = recordIndex({ data: () => store.data(), turn, turnMs: TURN_MS });
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch((error: unknown) => options.log?.(`sync bridge: ${(error as Error)?.stack ?? String(error)}`));
    return next;
  };

  const readLocal = async <T>(id: string): Promise<T | null> => (await db.get(id).catch(() => null)) as T | null;
  const writeLocal = async (id: string, body: Record<string, unknown>) => {
    const existing = await db.get(id).catch(() => null);
    await db.put({ ...(body as object), _id: id, ...(existing?._rev ? { _rev: existing._rev } : {}) } as ReplicaDoc);
  };

  /** `leaves`: how many leaf revisions the document has (more than its live versions: there are deletions, open or closed). */
  const saveState = () => writeLocal(STATE_DOC, { appliedSeq, conflicts: [...conflicts] });

  const noteConflict = async (id: string, doc: ReplicaDoc | undefined, leaves: number) => {
    let has = (doc?._conflicts?.length ?? 0) > 0;
    if (!has && doc && !doc._deleted && leaves > 1) has = ((await openVersions(db, id))?.length ?? 0) > 1;
    if (has !== conflicts.has(id)) {
      if (has) conflicts.add(id);
      else conflicts.delete(id);
      conflictsVersion++;
    }
  };

  /** Writes local changes as new revisions on the revision each record was based on. */
  async function writeLocalChanges(changes: { change: RecordChange; base: string | undefined }[]): Promise<void> {
    const at = options.now().toISOString();
    const by = options.coordinator();
    for (let i = 0; i < changes.length; i += PUSH_BATCH) {
      const docs = changes.slice(i, i + PUSH_BATCH).map(({ change, base }) => {
        const revision = nextRevision(base);
        baseRev.set(change.id, revision._rev);
        // The document says who wrote this revision (CouchDB's validate_doc_update checks it is the writing user); the record says when it changed.
        const when = typeof change.record?.updatedAt === 'string' ? change.record.updatedAt : at;
        return change.record
          ? { _id: change.id, ...revision, type: change.type, record: change.record, updatedAt: when, updatedBy: by }
          : { _id: change.id, ...revision, _deleted: true, type: change.type, record: {}, updatedAt: at, updatedBy: by };
      });
      const results = await db.bulkDocs(docs as ReplicaDoc[], { new_edits: false });
      const failed = results.filter((r) => r.error);
      if (failed.length > 0) throw new Error(`the replica refused ${failed.length} versions: ${failed[0]?.reason ?? failed[0]?.message ?? ''}`);
    }
  }

  const onCommit = (before: UserData, after: UserData) => {
    const changes = committedChanges(before, after);
    index.committed(before, after, changes);
    if (stopped) return;
    const pending: { change: RecordChange; base: string | undefined }[] = [];
    for (const change of changes) {
      const fromReplica = change.record ? applying.get(change.record) : deleting.get(change.id);
      if (fromReplica !== undefined) {
        // Forgotten once committed: a weak map holding all 100,000 records of an initial sync slows every full garbage collection.
        if (change.record) applying.delete(change.record);
        baseRev.set(change.id, fromReplica);
        continue;
      }
      pending.push({ change, base: baseRev.get(change.id) });
    }
    if (pending.length > 0) void run(() => writeLocalChanges(pending));
  };

  async function pullNow(origin: string): Promise<{ applied: number; setAside: number }> {
    let applied = 0;
    let refused = 0;
    for (;;) {
      const feed = await db.changes({ since: appliedSeq, include_docs: true, conflicts: true, style: 'all_docs', limit: PULL_BATCH });
      if (feed.results.length === 0) break;
      const upserts = new Map<SharedList, Map<string, SharedRecord>>();
      const removals = new Map<SharedList, Set<string>>();
      const newlyAside: SetAsideVersion[] = [];
      const at = options.now().toISOString();
      let sinceTurn = performance.now();
      for (const change of feed.results) {
        // Each incoming version is checked against the schema: give the event loop a turn every few milliseconds.
        if (performance.now() - sinceTurn > TURN_MS) {
          await turn();
          sinceTurn = performance.now();
        }
        const doc = change.doc;
        const target = parseDocId(change.id);
        if (!doc || !target) continue;
        await noteConflict(change.id, doc, change.changes.length);
        if (doc._rev === baseRev.get(change.id)) continue;
        // Local changes committed during a turn are in the index already; only data replaced otherwise builds it again.
        await index.current();
        const { list } = target.collection;
        if (doc._deleted) {
          const present = index.get(list, target.recordId) !== undefined;
          if (present) {
            (removals.get(list) ?? removals.set(list, new Set()).get(list)!).add(target.recordId);
            deleting.set(change.id, doc._rev!);
          } else baseRev.set(change.id, doc._rev!);
          continue;
        }
        const checked = checkIncoming(change.id, doc);
        if (!checked.ok) {
          newlyAside.push({ id: change.id, rev: doc._rev!, origin, reason: checked.reason, at });
          continue;
        }
        const current = index.get(list, target.recordId);
        if (current && canonical(current) === canonical(checked.record)) {
          baseRev.set(change.id, doc._rev!);
          continue;
        }
        applying.set(checked.record, doc._rev!);
        (upserts.get(list) ?? upserts.set(list, new Map()).get(list)!).set(target.recordId, checked.record);
      }
      const count = [...upserts.values()].reduce((n, m) => n + m.size, 0) + [...removals.values()].reduce((n, s) => n + s.size, 0);
      if (count > 0) {
        try {
          await store.update((draft) => {
            const base = store.data();
            for (const { list } of sharedCollections) {
              const up = upserts.get(list);
              const gone = removals.get(list);
              if (!up && !gone) continue;
              const records = draft[list] as SharedRecord[];
              // Only new records, on the committed list: appended, without a pass of lookups over 100,000 records per batch.
              if (!gone && up && index.holds(base) && sameRecords(records, base[list] as readonly SharedRecord[]) && ![...up.keys()].some((id) => index.get(list, id))) {
                const grown = records === base[list] ? [...records] : records;
                for (const record of up.values()) grown.push(record);
                (draft as Record<SharedList, SharedRecord[]>)[list] = grown;
                continue;
              }
              const seen = new Set<string>();
              const kept: SharedRecord[] = [];
              for (const record of records) {
                if (gone?.has(record.id)) continue;
                const replacement = up?.get(record.id);
                if (replacement) seen.add(record.id);
                kept.push(replacement ?? record);
              }
              for (const [id, record] of up ?? []) if (!seen.has(id)) kept.push(record);
              (draft as Record<SharedList, SharedRecord[]>)[list] = kept;
            }
          }, { keepStamps: true });
        } finally {
          deleting.clear();
        }
        store.renewEpoch();
        applied += count;
      }
      if (newlyAside.length > 0) {
        refused += newlyAside.length;
        setAside = [...newlyAside, ...setAside.filter((s) => !newlyAside.some((n) => n.id === s.id && n.rev === s.rev))].slice(0, SET_ASIDE_KEPT);
        await writeLocal(SET_ASIDE_DOC, { versions: setAside });
      }
      appliedSeq = feed.last_seq;
      await saveState();
      if (feed.results.length < PULL_BATCH) break;
    }
    return { applied, setAside: refused };
  }

  /**
   * At start: apply what arrived but was not applied yet (the app stopped in between), then
   * write every store record the replica does not hold as it is (first start, or changes
   * committed while the app stopped before writing them).
   */
  async function reconcile(): Promise<void> {
    const state = await readLocal<{ appliedSeq?: number | string; conflicts?: string[] }>(STATE_DOC);
    appliedSeq = state?.appliedSeq ?? 0;
    setAside = (await readLocal<{ versions?: SetAsideVersion[] }>(SET_ASIDE_DOC))?.versions ?? [];
    const all = await db.allDocs({ include_docs: true, conflicts: true });
    const winners = new Map<string, ReplicaDoc>();
    for (const row of all.rows) {
      if (!row.doc || !parseDocId(row.id)) continue;
      winners.set(row.id, row.doc);
      baseRev.set(row.id, row.value.rev);
      await noteConflict(row.id, row.doc, 1);
    }
    // A delete concurrent with an edit does not show in allDocs: the ones known before are looked at again.
    for (const id of state?.conflicts ?? []) if (winners.has(id) && !conflicts.has(id)) await noteConflict(id, winners.get(id), 2);
    if (appliedSeq !== 0) await pullNow('this computer’s replica');
    else appliedSeq = (await db.info()).update_seq;
    const data = store.data();
    const pending: { change: RecordChange; base: string | undefined }[] = [];
    for (const { list, type } of sharedCollections) {
      for (const record of data[list] as readonly SharedRecord[]) {
        const id = `${type}:${record.id}`;
        const doc = winners.get(id);
        winners.delete(id);
        if (doc && canonical(doc.record) === canonical(record)) continue;
        pending.push({ change: { id, type, record }, base: baseRev.get(id) });
      }
    }
    for (const [id, doc] of winners) {
      const target = parseDocId(id)!;
      pending.push({ change: { id, type: target.collection.type, record: null }, base: doc._rev });
    }
    if (pending.length > 0) await writeLocalChanges(pending);
    appliedSeq = (await db.info()).update_seq;
    await saveState();
  }

  await run(reconcile);
  const unsubscribe = store.onCommit(onCommit);

  return {
    pull: (origin) => run(() => pullNow(origin)),
    flush: () => run(async () => undefined),
    conflictIds: () => conflicts,
    setAside: () => setAside,
    conflictsVersion: () => conflictsVersion,
    exclusive: (work) => run(work),
    async stop() {
      stopped = true;
      unsubscribe();
      await chain;
    },
  };
}

/** The same records in the same order (the store's draft is a copy of the committed list unless another change in its batch touched it). */
function sameRecords(a: readonly SharedRecord[], b: readonly SharedRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
