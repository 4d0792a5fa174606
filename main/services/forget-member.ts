import { join } from 'node:path';
import type { Completion, Member } from '../../shared/model/team';
import { listMovedAside } from './at-rest/moved-aside-copies';
import { isBackupName } from './backups';
import type { DurableFiles } from './durable-file';
import type { Store } from './store';
import { UserFacingError } from './user-facing-error';

export interface ForgetOutcome {
  name: string;
  completions: number;
  /** Rolling backups that held the member and were rewritten without them. */
  backupsRewritten: number;
  /** Moved-aside copies that held the member and were rewritten without them. */
  movedAsideRewritten: number;
  /** Copies that could not be read as data (damaged): deleted, since they cannot be checked. */
  unreadableDeleted: number;
}

type Scrub = { changed: boolean; bytes: Buffer } | { unreadable: true };

/** The copy's members and completions without the member's; anything else in it is kept as it was. */
function scrub(bytes: Buffer, id: string): Scrub {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { unreadable: true };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { unreadable: true };
  const data = parsed as { members?: unknown; completions?: unknown };
  if (!Array.isArray(data.members) || !Array.isArray(data.completions)) return { unreadable: true };
  const members = data.members.filter((m) => (m as Partial<Member> | null)?.id !== id);
  const completions = data.completions.filter((c) => (c as Partial<Completion> | null)?.memberId !== id);
  const changed = members.length !== data.members.length || completions.length !== data.completions.length;
  return { changed, bytes: changed ? Buffer.from(JSON.stringify({ ...data, members, completions })) : bytes };
}

/**
 * Delete permanently: the member and their records leave the live file, then every rolling
 * backup and every moved-aside copy that holds them is rewritten without them (through the
 * same writer as the store, so encrypted at rest). A copy that cannot be read as data cannot be
 * checked and is deleted. There is no undo: that is the point.
 */
export async function forgetMember(store: Store, files: DurableFiles, id: string): Promise<ForgetOutcome> {
  const member = store.data().members.find((m) => m.id === id);
  if (!member) throw new UserFacingError(`No team member has the id ${id}; it may have been deleted.`);
  // The start-up backup may still be running: it must not write the member after the purge.
  await store.idle();
  let completions = 0;
  await store.update((d) => {
    d.members = d.members.filter((m) => m.id !== id);
    const before = d.completions.length;
    d.completions = d.completions.filter((c) => c.memberId !== id);
    completions = before - d.completions.length;
  });
  await store.idle();

  const outcome: ForgetOutcome = { name: member.name, completions, backupsRewritten: 0, movedAsideRewritten: 0, unreadableDeleted: 0 };
  const backupNames = (await files.fs.readdir(store.backupsDir).catch(() => [] as string[])).filter(isBackupName);
  const copies = [
    ...backupNames.map((name) => ({ path: join(store.backupsDir, name), kind: 'backup' as const })),
    ...(await listMovedAside(files.fs, store.dir)).map((c) => ({ path: join(store.dir, c.name), kind: 'moved-aside' as const })),
  ];
  for (const copy of copies) {
    const bytes = await files.read(copy.path).catch(() => undefined);
    if (bytes === null) continue;
    const result = bytes === undefined ? ({ unreadable: true } as const) : scrub(bytes, id);
    if ('unreadable' in result) {
      await files.fs.unlink(copy.path);
      outcome.unreadableDeleted++;
    } else if (result.changed) {
      await files.write(copy.path, result.bytes);
      if (copy.kind === 'backup') outcome.backupsRewritten++;
      else outcome.movedAsideRewritten++;
    }
  }
  return outcome;
}
