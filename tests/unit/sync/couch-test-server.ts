import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import { Pouch as AppPouch } from '../../../main/services/sync/replica';

/*
 * A CouchDB-compatible server on loopback for the tests: the PouchDB project's own
 * express-pouchdb 4.2 (fullCouchDB mode, in memory) mounted in an Express 4 app. CouchDB
 * itself cannot be installed on these machines; `npm run sync:check -- URL` runs the same
 * scenario against a real one. express-pouchdb runs validate_doc_update with the writing
 * user, but over Basic auth it neither refuses a wrong password nor a user who is not a
 * member (and refuses right ones), so the front below checks them and answers as CouchDB
 * does (401 / 403 with its JSON), then passes the request on without credentials: its
 * validate_doc_update therefore does not see the user (couch:setup's user check is proven
 * against real CouchDB by sync:check, not here).
 */

// PouchDB plugins change the one PouchDB class, so the app's (with replication) gains the memory adapter.
const MemoryPouch = AppPouch.plugin(memoryAdapter);
let instance = 0;

export interface TestCouch {
  /** The database URL (http://127.0.0.1:<port>/taskforce). */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts again on the same port with the same data (the server killed and restarted). */
  restart(): Promise<void>;
  /** Adds a validate_doc_update design document, as couch:setup does. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

export const COUCH_USERS = { alice: 'alice-password', bob: 'bob-password', carol: 'carol-password' } as const;
/** carol is a user of the server but not a member of the database. */
const MEMBERS = new Set(['alice', 'bob']);

export async function startTestCouch(): Promise<TestCouch> {
  const prefix = `couch${++instance}-${process.pid}-`;
  const Pouch = MemoryPouch.defaults({ adapter: 'memory', prefix });
  const app = express();
  const front: express.Handler = (req, res, next) => {
    const header = req.headers.authorization ?? '';
    const [user, password] = Buffer.from(header.replace(/^Basic /, ''), 'base64').toString('utf8').split(':');
    if (!header) return next();
    if (COUCH_USERS[user as keyof typeof COUCH_USERS] !== password) {
      res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
      return;
    }
    if (!MEMBERS.has(user!) && !req.path.startsWith('/_session')) {
      res.status(403).json({ error: 'forbidden', reason: 'You are not allowed to access this db.' });
      return;
    }
    // express-pouchdb's own session check refuses even right passwords over Basic auth: checked above, passed on without credentials (the server runs as CouchDB's "admin party").
    delete req.headers.authorization;
    next();
  };
  app.use(front);
  app.use('/', expressPouchDB(Pouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: `/tmp/${prefix}log.txt` }));
  let server: Server = await listen(app, 0);
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  await admin('PUT', '/taskforce');
  for (const [name, password] of Object.entries(COUCH_USERS)) {
    await admin('PUT', `/_users/org.couchdb.user:${name}`, { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
  }
  return {
    url: `${base}/taskforce`,
    port,
    admin,
    stop: () => close(server),
    async restart() {
      server = await listen(app, port);
    },
  };
}

function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, '127.0.0.1', () => resolve(server));
    server.on('error', reject);
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
