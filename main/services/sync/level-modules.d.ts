// Minimal types for the LevelDB layer under PouchDB (these packages ship none).
declare module 'abstract-leveldown' {
  type Callback<T = void> = (error: Error | null | undefined, value?: T) => void;
  export class AbstractIterator {
    constructor(db: unknown);
    protected _next(callback: (error?: Error | null, key?: unknown, value?: unknown) => void): void;
    protected _seek(target: unknown): void;
    protected _end(callback: Callback): void;
  }
  export class AbstractLevelDOWN {
    constructor(manifest?: Record<string, unknown>);
    status: string;
    protected _open(options: Record<string, unknown>, callback: Callback): void;
    protected _close(callback: Callback): void;
    protected _get(key: unknown, options: { asBuffer?: boolean }, callback: Callback<unknown>): void;
    protected _put(key: unknown, value: unknown, options: Record<string, unknown>, callback: Callback): void;
    protected _del(key: unknown, options: Record<string, unknown>, callback: Callback): void;
    protected _batch(ops: { type: 'put' | 'del'; key: unknown; value?: unknown }[], options: Record<string, unknown>, callback: Callback): void;
    protected _iterator(options: Record<string, unknown>): AbstractIterator;
    protected _serializeKey(key: unknown): unknown;
    protected _serializeValue(value: unknown): unknown;
  }
}
declare module 'leveldown' {
  import type { AbstractLevelDOWN } from 'abstract-leveldown';
  interface LevelDownFactory {
    (location: string): AbstractLevelDOWN & {
      open(options: Record<string, unknown>, callback: (error?: Error | null) => void): void;
      close(callback: (error?: Error | null) => void): void;
      get(key: unknown, options: Record<string, unknown>, callback: (error: Error | null | undefined, value?: unknown) => void): void;
      put(key: unknown, value: unknown, options: Record<string, unknown>, callback: (error?: Error | null) => void): void;
      del(key: unknown, options: Record<string, unknown>, callback: (error?: Error | null) => void): void;
      batch(ops: { type: 'put' | 'del'; key: unknown; value?: unknown }[], options: Record<string, unknown>, callback: (error?: Error | null) => void): void;
      iterator(options: Record<string, unknown>): {
        next(callback: (error?: Error | null, key?: unknown, value?: unknown) => void): void;
        seek(target: unknown): void;
        end(callback: (error?: Error | null) => void): void;
      };
    };
    destroy(location: string, callback: (error?: Error | null) => void): void;
  }
  const leveldown: LevelDownFactory;
  export default leveldown;
}

// The part of PouchDB 9's API this app uses (the DefinitelyTyped packages are for PouchDB 7 and pull in DOM-only types).
declare module 'pouchdb-core' {
  namespace PouchDB {
    interface Revisions {
      start: number;
      ids: string[];
    }
    type Doc<T> = T & { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[]; _revisions?: Revisions };
    interface ChangesResult<T> {
      results: { id: string; seq: number | string; deleted?: boolean; changes: { rev: string }[]; doc?: Doc<T> }[];
      last_seq: number | string;
    }
    interface Emitter {
      on(event: string, listener: (...args: never[]) => void): this;
      cancel(): void;
    }
    interface Database<T = Record<string, unknown>> {
      name: string;
      info(): Promise<{ update_seq: number | string; doc_count: number; db_name: string }>;
      /** Every leaf revision (deleted ones too), each with its body. */
      get(id: string, options: { open_revs: string[] | 'all' }): Promise<({ ok: Doc<T> } | { missing: string })[]>;
      get(id: string, options?: { rev?: string; conflicts?: boolean; revs?: boolean }): Promise<Doc<T>>;
      put(doc: Doc<Partial<T>>, options?: { force?: boolean }): Promise<{ ok: boolean; id: string; rev: string }>;
      bulkDocs(docs: Doc<Partial<T>>[], options?: { new_edits?: boolean }): Promise<({ ok?: boolean; id?: string; rev?: string; error?: string | boolean; message?: string; reason?: string; status?: number })[]>;
      allDocs(options?: { include_docs?: boolean; conflicts?: boolean; keys?: string[]; startkey?: string; endkey?: string; limit?: number; skip?: number }): Promise<{
        total_rows: number;
        rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Doc<T> | null; error?: string }[];
      }>;
      changes(options: { since?: number | string; include_docs?: boolean; conflicts?: boolean; style?: 'all_docs' | 'main_only'; limit?: number; live?: false }): Promise<ChangesResult<T>>;
      changes(options: { since?: number | string; live: true; include_docs?: boolean }): Emitter;
      bulkGet(options: { docs: { id: string; rev?: string }[]; revs?: boolean }): Promise<{ results: { id: string; docs: ({ ok: Doc<T> } | { error: { error: string; reason: string } })[] }[] }>;
      revsDiff(diff: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>;
      /** `push` and `pull` are the two replications the sync runs. */
      sync(remote: Database<T> | string, options: Record<string, unknown>): Emitter & { push: Emitter; pull: Emitter };
      replicate: {
        to(remote: Database<T> | string, options?: Record<string, unknown>): Emitter & Promise<{ ok: boolean; docs_written: number; doc_write_failures: number; errors: unknown[] }>;
        from(remote: Database<T> | string, options?: Record<string, unknown>): Emitter & Promise<{ ok: boolean; docs_written: number; doc_write_failures: number; errors: unknown[] }>;
      };
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
    interface Static {
      new <T = Record<string, unknown>>(name: string, options?: Record<string, unknown>): Database<T>;
      plugin(plugin: unknown): Static;
      defaults(options: Record<string, unknown>): Static;
    }
  }
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  const expressPouchDB: (PouchDB: unknown, options?: Record<string, unknown>) => (req: unknown, res: unknown, next: unknown) => void;
  export default expressPouchDB;
}
declare module 'express' {
  import type { IncomingMessage, ServerResponse, Server } from 'node:http';
  namespace express {
    interface Request extends IncomingMessage {
      path: string;
    }
    interface Response extends ServerResponse {
      status(code: number): Response;
      json(body: unknown): void;
    }
    type Handler = (req: Request, res: Response, next: () => void) => void;
    interface Express {
      use(handler: Handler | ((req: unknown, res: unknown, next: unknown) => void)): Express;
      use(path: string, handler: Handler | ((req: unknown, res: unknown, next: unknown) => void)): Express;
      listen(port: number, host: string, callback: () => void): Server;
    }
  }
  function express(): express.Express;
  export default express;
}
