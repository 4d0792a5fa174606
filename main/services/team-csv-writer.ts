import type { Completion, Member } from '../../shared/model/team';
import { completionsCsv } from '../../shared/team/csv-export';
import { buildTeamIndex, type CompletionRow } from '../../shared/team/team-index';
import type { TrainingLookup } from '../../shared/team/training-lookup';
import { writeFileDurable } from './durable-file';

export interface ExportSource {
  members: readonly Member[];
  completions: readonly Completion[];
  trainings: TrainingLookup;
  familyLabel: (id: string) => string;
  today: string;
  /** Only this member's records. */
  memberId?: string;
}

// Made on first use: the first Intl object of a process loads locale data, which a start does not need.
let collatorMade: Intl.Collator | undefined;
const collator = (): Intl.Collator => (collatorMade ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

/** Rows for the export: by member name, then newest completion first. */
export function exportRows(source: ExportSource): CompletionRow[] {
  const index = buildTeamIndex(source.members, source.completions, source.trainings, source.today);
  const rows = source.memberId === undefined ? [...index.rows] : [...(index.rowsByMember.get(source.memberId) ?? [])];
  // The index is newest first already; a stable sort by name keeps that order within a member.
  return rows.sort((a, b) => collator().compare(a.member?.name ?? '', b.member?.name ?? ''));
}

/** Through the durable writer, so a crash never leaves half a file nor a temp copy. */
export async function writeCompletionsCsv(path: string, source: ExportSource): Promise<{ rows: number }> {
  const rows = exportRows(source);
  await writeFileDurable(path, completionsCsv(rows, source.familyLabel));
  return { rows: rows.length };
}
