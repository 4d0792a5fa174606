/**
 * Prepares a CouchDB 3.x database for TTA Navigator's sharing:
 *
 *   npm run couch:setup -- https://ADMIN:PASSWORD@couch.agency.gov/taskforce [member1,member2,…]
 *
 * Creates the database (if missing), sets its _security (server admins administer it; the
 * named users and the role "tta-coordinator" are its members, nobody else can read it) and
 * installs a validate_doc_update design document refusing documents without the app's
 * required fields or whose updatedBy is not the writing user. Safe to run again.
 */
import { pathToFileURL } from 'node:url';

export const DESIGN_ID = '_design/tta-navigator';

/** Runs inside CouchDB (JavaScript query server): plain ES5, no imports. */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (newDoc._id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') < 0) throw({ forbidden: 'Only server admins change design documents.' });
    return;
  }
  var types = ['member', 'completion', 'plan', 'profile', 'curriculum', 'delivery'];
  if (types.indexOf(newDoc.type) < 0) throw({ forbidden: 'type must be one of ' + types.join(', ') });
  if (typeof newDoc.updatedAt !== 'string' || isNaN(Date.parse(newDoc.updatedAt))) throw({ forbidden: 'updatedAt must be a date and time' });
  if (typeof newDoc.updatedBy !== 'string' || newDoc.updatedBy === '') throw({ forbidden: 'updatedBy is required' });
  if (userCtx.roles.indexOf('_admin') < 0 && newDoc.updatedBy !== userCtx.name) throw({ forbidden: 'updatedBy must be the writing user (' + userCtx.name + ')' });
  if (newDoc._deleted) return;
  if (!newDoc.record || typeof newDoc.record !== 'object' || typeof newDoc.record.id !== 'string') throw({ forbidden: 'record with an id is required' });
  if (newDoc._id !== newDoc.type + ':' + newDoc.record.id) throw({ forbidden: '_id must be type:record.id' });
}`;

interface Target {
  base: string;
  db: string;
  auth: string;
}

function parseTarget(text: string): Target {
  const url = new URL(text);
  const db = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (!db) throw new Error('The URL must end with the database name, e.g. https://admin:pw@couch.agency.gov/taskforce');
  const auth = url.username ? `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}` : '';
  url.username = '';
  url.password = '';
  url.pathname = '/';
  return { base: url.toString().replace(/\/$/, ''), db, auth };
}

async function request(target: Target, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${target.base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(target.auth ? { authorization: target.auth } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

export async function couchSetup(url: string, memberNames: string[], log: (line: string) => void = console.log): Promise<void> {
  const target = parseTarget(url);
  const dbPath = `/${encodeURIComponent(target.db)}`;
  const created = await request(target, 'PUT', dbPath);
  if (created.status === 201) log(`Created database ${target.db}.`);
  else if (created.status === 412) log(`Database ${target.db} exists.`);
  else throw new Error(`Could not create ${target.db}: ${created.status} ${JSON.stringify(created.json)}`);
  const security = { admins: { names: [], roles: ['_admin'] }, members: { names: memberNames, roles: ['tta-coordinator'] } };
  const sec = await request(target, 'PUT', `${dbPath}/_security`, security);
  if (sec.status !== 200) throw new Error(`Could not set _security: ${sec.status} ${JSON.stringify(sec.json)}`);
  log(`Members: ${memberNames.join(', ') || '(none by name)'} and the role tta-coordinator.`);
  const existing = await request(target, 'GET', `${dbPath}/${DESIGN_ID}`);
  const design = { _id: DESIGN_ID, ...(existing.status === 200 ? { _rev: existing.json._rev } : {}), validate_doc_update: VALIDATE_DOC_UPDATE };
  const put = await request(target, 'PUT', `${dbPath}/${DESIGN_ID}`, design);
  if (put.status !== 201) throw new Error(`Could not install ${DESIGN_ID}: ${put.status} ${JSON.stringify(put.json)}`);
  log(`Installed ${DESIGN_ID} (validate_doc_update).`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, members = ''] = process.argv.slice(2);
  if (!url) {
    console.error('Usage: npm run couch:setup -- https://ADMIN:PASSWORD@host/database [member1,member2]');
    process.exit(2);
  }
  couchSetup(url, members.split(',').map((s) => s.trim()).filter(Boolean)).catch((error: unknown) => {
    console.error(String((error as Error).message ?? error));
    process.exit(1);
  });
}
