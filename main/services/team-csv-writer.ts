import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import type { Completion, Member } from '../../shared/model/team';
import { completionsCsv } from '../../shared/team/csv-export';
import { buildTeamIndex, type CompletionRow } from '../../shared/team/team-index';
import type { TrainingLookup } from '../../shared/team/training-lookup';

export interface ExportSource {
  members: readonly Member[];
  completions: readonly Completion[];
  trainings: TrainingLookup;
  familyLabel: (id: string) => string;
  today: string;
  /** Only this member's records. */
  memberId?: string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Rows for the export: by member name, then newest completion first. */
export function exportRows(source: ExportSource): CompletionRow[] {
  const index = buildTeamIndex(source.members, source.completions, source.trainings, source.today);
  const rows = source.memberId === undefined ? [...index.rows] : [...(index.rowsByMember.get(source.memberId) ?? [])];
  // The index is newest first already; a stable sort by name keeps that order within a member.
  return rows.sort((a, b) => collator.compare(a.member?.name ?? '', b.member?.name ?? ''));
}

/** Writes the CSV next to its final name first and renames it, so a crash never leaves half a file. */
export async function writeCompletionsCsv(path: string, source: ExportSource): Promise<{ rows: number }> {
  const rows = exportRows(source);
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, completionsCsv(rows, source.familyLabel), 'utf8');
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return { rows: rows.length };
}
