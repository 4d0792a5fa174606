import type { ConflictResolution, ConflictVersion, SyncConflict } from '../../../shared/model/sync-conflict';
import { UserFacingError } from '../user-facing-error';
import { inWords, labelOf } from './field-words';
import { canonical, checkIncoming, parseDocId } from './record-docs';
import type { Replica, ReplicaDoc } from './replica';
import { nextRevision } from './revisions';

const NOT_CHOSEN = new Set(['id', 'updatedAt', 'updatedBy']);

/** What the user recognises: a member's name, a completion's training and date, a plan's or curriculum's name. */
function recordLabel(type: string, record: Record<string, unknown>, memberName: (id: string) => string | null): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  if (type === 'member') return text(record.name) || 'A team member';
  if (type === 'completion') {
    const custom = record.custom as { title?: string } | undefined;
    const training = custom?.title ?? (text(record.trainingTitle) || text(record.trainingId));
    const who = typeof record.memberId === 'string' ? memberName(record.memberId) : null;
    return [training || 'A training record', who ? `— ${who}` : '', text(record.completedOn) ? `(${text(record.completedOn)})` : ''].filter(Boolean).join(' ');
  }
  return text(record.name) || text(record.title) || `A ${type}`;
}

/**
 * The versions of a record still open, winner first: CouchDB's winner, the live versions that
 * lost (its _conflicts), and every deletion no resolution closed. CouchDB lets a live version
 * beat a deletion silently; here a coordinator's delete concurrent with another's edit is a
 * conflict like any other. Null when the record is deleted (no live version).
 */
export async function openVersions(db: Replica, id: string): Promise<ReplicaDoc[] | null> {
  const winner = await db.get(id, { conflicts: true }).catch(() => null);
  if (!winner) return null;
  const leaves = await db.get(id, { open_revs: 'all' });
  const live = new Set(winner._conflicts ?? []);
  const others = leaves
    .flatMap((leaf) => ('ok' in leaf ? [leaf.ok] : []))
    .filter((doc) => doc._rev !== winner._rev && (live.has(doc._rev!) || (doc._deleted === true && doc.closed !== true)))
    // Live versions first, then deletions; each in revision order, so every copy lists them alike.
    .sort((a, b) => Number(a._deleted === true) - Number(b._deleted === true) || (a._rev! < b._rev! ? -1 : 1));
  return [winner, ...others];
}

/** Every record with concurrent versions: each version with who, when and its values, and the fields that differ. */
export async function listConflicts(db: Replica, ids: Iterable<string>, memberName: (id: string) => string | null): Promise<SyncConflict[]> {
  const out: SyncConflict[] = [];
  for (const id of [...ids].sort()) {
    const target = parseDocId(id);
    if (!target) continue;
    const docs = await openVersions(db, id);
    if (!docs || docs.length < 2) continue;
    const versions: ConflictVersion[] = docs.map((doc, i) => ({
      rev: doc._rev!,
      winner: i === 0,
      deleted: doc._deleted === true,
      updatedBy: typeof doc.updatedBy === 'string' ? doc.updatedBy : null,
      updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : null,
      values: doc._deleted ? {} : (doc.record ?? {}),
    }));
    // Who and when are shown per version, not as details to choose between.
    const fieldNames = [...new Set(versions.flatMap((v) => Object.keys(v.values)))].filter((f) => !NOT_CHOSEN.has(f)).sort();
    const fields = fieldNames
      .filter((f) => new Set(versions.map((v) => canonical(v.values[f] ?? null))).size > 1)
      .map((field) => ({ field, label: labelOf(field), values: versions.map((v) => inWords(v.values[field])) }));
    out.push({
      id,
      recordType: target.collection.type,
      recordId: target.recordId,
      label: recordLabel(target.collection.type, versions[0]!.values, memberName),
      versions,
      fields,
    });
  }
  return out;
}

/**
 * Resolves a conflict the CouchDB way: the kept (or merged) version becomes a new revision on
 * the winning branch and every other branch is closed with a deletion, so the resolution
 * replicates to every other copy like any change.
 */
export async function resolveConflict(
  db: Replica,
  id: string,
  resolution: ConflictResolution,
  shownRevs: readonly string[],
  signature: { updatedAt: string; updatedBy: string },
): Promise<void> {
  const open = await openVersions(db, id);
  if (!open || open.length < 2) throw new UserFacingError('This conflict was already resolved (here or by another coordinator).');
  const winner = open[0]!;
  const leaves = open.map((doc) => doc._rev!);
  if (canonical([...leaves].sort()) !== canonical([...shownRevs].sort())) {
    throw new UserFacingError('This record changed since the versions were shown. Look at them again, then choose.');
  }
  const versions = new Map(open.map((doc) => [doc._rev!, doc]));
  const close = (rev: string): ReplicaDoc => ({ _id: id, ...nextRevision(rev), _deleted: true, closed: true, type: winner.type, record: {}, ...signature });
  let record: Record<string, unknown>;
  if (resolution.kind === 'keep') {
    const kept = versions.get(resolution.rev);
    if (!kept) throw new UserFacingError('That version is not one of the versions of this record.');
    if (kept._deleted) {
      // Keep it deleted: the winning branch is deleted too (by whoever resolved it), the other live versions are closed.
      const docs: ReplicaDoc[] = [{ _id: id, ...nextRevision(winner._rev), _deleted: true, type: winner.type, record: {}, ...signature }];
      for (const doc of open.slice(1)) if (!doc._deleted) docs.push(close(doc._rev!));
      await db.bulkDocs(docs, { new_edits: false });
      return;
    }
    record = kept.record;
  } else {
    record = { ...winner.record };
    for (const [field, rev] of Object.entries(resolution.fields)) {
      const from = versions.get(rev);
      if (!from) throw new UserFacingError(`The version chosen for ${labelOf(field)} is not one of the versions of this record.`);
      if (field in from.record) record[field] = from.record[field];
      else delete record[field];
    }
  }
  // The resolution is a change by whoever resolved it.
  record = { ...record, updatedAt: signature.updatedAt, updatedBy: signature.updatedBy };
  const checked = checkIncoming(id, { type: winner.type, record });
  if (!checked.ok) throw new UserFacingError(`The merged record is not valid: ${checked.reason}. Choose other values.`);
  const docs: ReplicaDoc[] = [{ _id: id, ...nextRevision(winner._rev), type: winner.type, record: checked.record, ...signature }];
  for (const rev of leaves.slice(1)) docs.push(close(rev));
  await db.bulkDocs(docs, { new_edits: false });
}
