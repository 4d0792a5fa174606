import { afterEach, describe, expect, it } from 'vitest';
import { syncCheck } from '../../../scripts/sync-check';
import { COUCH_USERS, startTestCouch, type TestCouch } from './couch-test-server';

/*
 * npm run sync:check against the loopback CouchDB-compatible server (express-pouchdb, see
 * couch-test-server.ts); against a real CouchDB it runs the same way (docs/sync.md).
 */
describe('npm run sync:check', () => {
  let couch: TestCouch | null = null;
  afterEach(async () => {
    await couch?.stop();
    couch = null;
  });

  it('passes against a working server, says so in words, and leaves none of its records behind', async () => {
    couch = await startTestCouch();
    const url = couch.url.replace('http://', `http://alice:${COUCH_USERS.alice}@`);
    const result = await syncCheck(url, undefined, () => undefined);
    expect(result.lines.join('\n')).toMatch(/^PASS: both copies converged through the server/m);
    expect(result.ok).toBe(true);
    expect(result.lines).toContain('Cleaned up: the check’s records are deleted on the server.');
    const all = (await couch.admin('GET', '/taskforce/_all_docs')).body as { rows: { id: string }[] };
    expect(all.rows.filter((r) => r.id.startsWith('member:sync-check-'))).toEqual([]);
    // It did write there: the deletions are in the database's changes.
    const changes = (await couch.admin('GET', '/taskforce/_changes')).body as { results: { id: string; deleted?: boolean }[] };
    expect(changes.results.filter((r) => r.id.startsWith('member:sync-check-')).length).toBe(4);
  }, 120_000);

  it('fails in words when the server cannot be reached or the user is missing', async () => {
    couch = await startTestCouch();
    const url = couch.url.replace('http://', `http://alice:${COUCH_USERS.alice}@`);
    await couch.stop();
    const down = await syncCheck(url, undefined, () => undefined);
    expect(down.ok).toBe(false);
    expect(down.lines.join('\n')).toMatch(/^FAIL: the database cannot be reached or opened/m);
    await couch.restart();
    const nobody = await syncCheck(couch.url, undefined, () => undefined);
    expect(nobody).toEqual({ ok: false, lines: [expect.stringMatching(/^FAIL: no user name/)] });
  }, 120_000);
});
