import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COUCH_USERS, startTestCouch, type TestCouch } from './couch-test-server';
import { members, useSyncApps, type SyncApp } from './sync-app';

/** Polls (no timing assertion): resolves once `check` holds, fails after a generous bound. */
async function until(check: () => boolean | Promise<boolean>, what: string, boundMs = 30_000): Promise<void> {
  const end = Date.now() + boundMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sharing through a CouchDB server (express-pouchdb on loopback)', () => {
  const sync = useSyncApps();
  let couch: TestCouch | null = null;
  afterEach(async () => {
    await couch?.stop();
    couch = null;
  });
  const connect = (app: SyncApp, user: keyof typeof COUCH_USERS) => app.call('syncConnect', { url: couch!.url, user, password: COUCH_USERS[user] });

  it('replicates live both ways, catches up after the server was down, and reports status', async () => {
    couch = await startTestCouch();
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const a = await dana.call('memberCreate', { name: 'Avery Quist' });
    expect((await connect(dana, 'alice')).serverUrl).toBe(couch.url);
    await connect(lee, 'bob');
    await until(() => members(lee).length === 1, 'the member reaches the second app');
    expect(members(lee)).toEqual(members(dana));

    await lee.call('memberUpdate', { id: a.id, fields: { name: 'Avery Quist', role: 'Sergeant' } });
    await until(() => dana.store.data().members[0]?.role === 'Sergeant', 'the edit travels back');

    // The server goes away: changes are kept and counted, and sent when it is back.
    await couch.stop();
    await dana.call('memberCreate', { name: 'Blake Orr' });
    const offline = await dana.call('syncNow', undefined);
    expect(offline.state).toBe('offline');
    expect(offline.errorKind).toBe('unreachable');
    expect(offline.error).toMatch(/cannot be reached/);
    expect(offline.pendingChanges).toBeGreaterThan(0);
    await couch.restart();
    await dana.call('syncNow', undefined);
    await until(() => members(lee).length === 2, 'the change made offline arrives after the restart');
    expect(members(lee)).toEqual(members(dana));
    const after = await dana.call('syncStatus', undefined);
    expect(after).toMatchObject({ state: 'up-to-date', error: null, pendingChanges: 0, user: 'alice' });
    expect(after.lastSyncedAt).not.toBeNull();
  });

  it('notices by itself that the server went away, counts what waits, and catches up by itself when it is back', async () => {
    couch = await startTestCouch();
    const dana = await sync.app('Dana Reyes');
    const lee = await sync.app('Lee Park');
    const status = () => dana.call('syncStatus', undefined);
    await dana.call('memberCreate', { name: 'Avery Quist' });
    await connect(dana, 'alice');
    await connect(lee, 'bob');
    await until(() => members(lee).length === 1, 'the member reaches the second app');

    // No "Sync now": the live replication's own failed attempt must read as offline, not as a finished exchange.
    await couch.stop();
    await until(async () => (await status()).state === 'offline', 'the app says the server cannot be reached');
    expect(await status()).toMatchObject({ errorKind: 'unreachable', error: expect.stringMatching(/cannot be reached/) });
    await dana.call('memberCreate', { name: 'Blake Orr' });
    await until(async () => (await status()).pendingChanges === 1, 'the change made offline is counted');
    expect((await status()).state).toBe('offline');

    // Back: the live replication's retries send and fetch what waited, with no "Sync now".
    await couch.restart();
    await until(() => members(lee).length === 2, 'the change made offline arrives after the restart');
    await until(async () => (await status()).state === 'up-to-date', 'the app says it is up to date again');
    expect(await status()).toMatchObject({ error: null, errorKind: null, pendingChanges: 0 });
    expect(members(lee)).toEqual(members(dana));
  });

  it('refuses a wrong password, a user without access and an unreachable server in words, keeping nothing', async () => {
    couch = await startTestCouch();
    const dana = await sync.app('Dana Reyes');
    expect(await dana.refusal('syncConnect', { url: couch.url, user: 'alice', password: 'wrong password' })).toMatch(/did not accept the user name or password/);
    expect(await dana.refusal('syncConnect', { url: couch.url, user: 'carol', password: COUCH_USERS.carol })).toMatch(/has no access to this database/);
    const port = couch.port;
    await couch.stop();
    couch = null;
    expect(await dana.refusal('syncConnect', { url: `http://127.0.0.1:${port}/taskforce`, user: 'alice', password: 'x' })).toMatch(/cannot be reached/);
    expect(await dana.refusal('syncConnect', { url: 'http://couch.agency.gov/taskforce', user: 'alice', password: 'x' })).toMatch(/Invalid input/);
    expect((await dana.call('syncStatus', undefined)).serverUrl).toBeNull();
  });

  it('says when the server’s certificate is not trusted', async () => {
    const dir = await sync.tempDir();
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const { readFileSync } = await import('node:fs');
    const server = createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_q, s) => s.end('{}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const dana = await sync.app('Dana Reyes');
      const port = (server.address() as AddressInfo).port;
      expect(await dana.refusal('syncConnect', { url: `https://localhost:${port}/taskforce`, user: 'alice', password: 'x' })).toMatch(/certificate of localhost:\d+ is not trusted/);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('keeps a change the server refuses (validate_doc_update), says so, and loses nothing', async () => {
    couch = await startTestCouch();
    await couch.admin('PUT', '/taskforce/_design/tta', {
      validate_doc_update: "function (doc) { if (!doc._deleted && doc.record && doc.record.role === 'Informant') throw { forbidden: 'informants are not shared' }; }",
    });
    const dana = await sync.app('Dana Reyes');
    await dana.call('memberCreate', { name: 'Avery Quist', role: 'Informant' });
    await dana.call('memberCreate', { name: 'Blake Orr' });
    await connect(dana, 'alice');
    await until(async () => (await dana.call('syncStatus', undefined)).errorKind === 'refused', 'the refusal is reported');
    expect((await dana.call('syncStatus', undefined)).error).toMatch(/The server refused a change \(member .*informants are not shared.*kept on this computer/);
    expect(members(dana).map((m) => m.name).sort()).toEqual(['Avery Quist', 'Blake Orr']);
    const lee = await sync.app('Lee Park');
    await connect(lee, 'bob');
    await until(() => members(lee).length === 1, 'the accepted change arrives');
    expect(members(lee).map((m) => m.name)).toEqual(['Blake Orr']);
  });

  it('applies nothing invalid from the server: a bad version is set aside with its origin', async () => {
    couch = await startTestCouch();
    const dana = await sync.app('Dana Reyes');
    await connect(dana, 'alice');
    const bad = await fetch(`${couch.url}/member:m-bad`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`bob:${COUCH_USERS.bob}`).toString('base64')}` },
      body: JSON.stringify({ type: 'member', record: { id: 'm-bad', name: '' }, updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'bob' }),
    });
    expect(bad.status).toBe(201);
    await until(async () => (await dana.call('syncStatus', undefined)).setAside === 1, 'the bad version is set aside');
    const [aside] = await dana.call('syncSetAsideList', undefined);
    expect(aside).toMatchObject({ id: 'member:m-bad', origin: couch.url });
    expect(aside!.reason).toMatch(/name/);
    expect(members(dana)).toEqual([]);
  });
});
