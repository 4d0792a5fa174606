import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { VALIDATE_DOC_UPDATE } from '../../../scripts/couch-setup';

/*
 * The validate_doc_update that couch:setup installs, evaluated on its own with node:vm the way
 * CouchDB's JavaScript query server calls it: (newDoc, oldDoc, userCtx), a refusal being a
 * thrown { forbidden }. The loopback test server (express-pouchdb) runs the function too, but
 * always as its admin (couch-test-server.ts explains why), so the rule about the writing user
 * is proven here, against the function's own text, and against a real CouchDB by sync:check.
 */
type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: { name: string | null; roles: string[] }) => void;
const validate = runInNewContext(`(${VALIDATE_DOC_UPDATE})`) as Validate;

const refusal = (newDoc: unknown, userCtx: { name: string | null; roles: string[] }): string | null => {
  try {
    validate(newDoc, null, userCtx);
    return null;
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? `not a refusal: ${String(error)}`;
  }
};

const alice = { name: 'alice', roles: ['tta-coordinator'] };
const doc = { _id: 'member:m-1', type: 'member', record: { id: 'm-1', name: 'Dana Reyes', updatedBy: 'alice' }, updatedAt: '2026-12-01T10:00:00.000Z', updatedBy: 'alice' };

describe("couch:setup's validate_doc_update", () => {
  it('accepts a version whose updatedBy is the writing user, and a deletion by them', () => {
    expect(refusal(doc, alice)).toBeNull();
    expect(refusal({ _id: 'member:m-1', _deleted: true, type: 'member', record: {}, updatedAt: doc.updatedAt, updatedBy: 'alice' }, alice)).toBeNull();
  });

  it('refuses a version (or a deletion) whose updatedBy is another coordinator, naming the writing user', () => {
    expect(refusal({ ...doc, updatedBy: 'bob' }, alice)).toBe('updatedBy must be the writing user (alice)');
    expect(refusal({ _id: 'member:m-1', _deleted: true, type: 'member', record: {}, updatedAt: doc.updatedAt, updatedBy: 'bob' }, alice)).toBe('updatedBy must be the writing user (alice)');
  });

  it('lets a server admin write for anyone (replicating a backup back in), never without the required fields', () => {
    const admin = { name: 'admin', roles: ['_admin'] };
    expect(refusal({ ...doc, updatedBy: 'bob' }, admin)).toBeNull();
    expect(refusal({ ...doc, updatedBy: '' }, admin)).toBe('updatedBy is required');
    expect(refusal({ ...doc, updatedAt: 'yesterday' }, alice)).toBe('updatedAt must be a date and time');
    expect(refusal({ ...doc, type: 'settings' }, alice)).toMatch(/^type must be one of/);
    expect(refusal({ ...doc, _id: 'member:m-2' }, alice)).toBe('_id must be type:record.id');
  });

  it('keeps design documents to server admins', () => {
    expect(refusal({ _id: '_design/x' }, alice)).toBe('Only server admins change design documents.');
    expect(refusal({ _id: '_design/x' }, { name: 'admin', roles: ['_admin'] })).toBeNull();
  });
});
