import { randomBytes } from 'node:crypto';
import type PouchDB from 'pouchdb-core';

/**
 * A new revision on top of `parent` (or a first one), written with new_edits:false so it
 * always lands: if `parent` is no longer the newest version (a change arrived meanwhile),
 * the new revision becomes a concurrent branch — a conflict the user sees — rather than
 * silently replacing what arrived.
 */
export function nextRevision(parent: string | undefined): { _rev: string; _revisions: PouchDB.Revisions } {
  const hash = randomBytes(16).toString('hex');
  if (!parent) return { _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } };
  const dash = parent.indexOf('-');
  const generation = Number(parent.slice(0, dash));
  const parentHash = parent.slice(dash + 1);
  return { _rev: `${generation + 1}-${hash}`, _revisions: { start: generation + 1, ids: [hash, parentHash] } };
}
