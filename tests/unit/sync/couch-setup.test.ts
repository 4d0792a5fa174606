import { afterEach, describe, expect, it } from 'vitest';
import { couchSetup, DESIGN_ID } from '../../../scripts/couch-setup';
import { startTestCouch, type TestCouch } from './couch-test-server';

describe('npm run couch:setup', () => {
  let couch: TestCouch | null = null;
  afterEach(async () => {
    await couch?.stop();
    couch = null;
  });

  it('creates the database, its _security and a validate_doc_update that refuses documents without the required fields; running it again is safe', async () => {
    couch = await startTestCouch();
    const url = couch.url.replace('/taskforce', '/agency-records');
    const lines: string[] = [];
    await couchSetup(url, ['alice', 'bob'], (l) => lines.push(l));
    await couchSetup(url, ['alice', 'bob'], (l) => lines.push(l));
    expect(lines).toContain('Created database agency-records.');
    expect(lines).toContain('Database agency-records exists.');
    expect((await couch.admin('GET', '/agency-records/_security')).body).toEqual({ admins: { names: [], roles: ['_admin'] }, members: { names: ['alice', 'bob'], roles: ['tta-coordinator'] } });
    expect((await couch.admin('GET', `/agency-records/${DESIGN_ID}`)).status).toBe(200);
    // The test server writes as its admin (see couch-test-server.ts), so the field checks apply and the user check is skipped.
    const good = { type: 'member', record: { id: 'm-1', name: 'A' }, updatedAt: '2026-12-01T00:00:00Z', updatedBy: 'alice' };
    expect((await couch.admin('PUT', '/agency-records/member:m-1', good)).status).toBe(201);
    const missing = await couch.admin('PUT', '/agency-records/member:m-2', { type: 'member', record: { id: 'm-2' }, updatedAt: '2026-12-01T00:00:00Z' });
    expect(missing.status).toBe(403);
    expect(JSON.stringify(missing.body)).toMatch(/updatedBy is required/);
    const wrongId = await couch.admin('PUT', '/agency-records/member:m-3', { ...good, record: { id: 'm-4' } });
    expect(JSON.stringify(wrongId.body)).toMatch(/_id must be type:record.id/);
  });
});
