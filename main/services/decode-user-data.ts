import { userDataSchema, type UserData } from '../../shared/model/user-data';
import type { DataProblem } from '../../shared/model/app-info';
import { jsonErrorWhere } from '../../shared/validation/json-error-position';
import { describeIssues } from '../../shared/validation/zod-issues';
import { FutureVersionError, migrate } from './migrations';
import { salvageUserData, type SetAside } from './salvage-user-data';

export type Decoded =
  /** setAside: records left out by salvage (only with { salvage: true }); empty when every record was valid. */
  | { ok: true; data: UserData; migratedFrom: number | null; setAside: SetAside[] }
  | { ok: false; kind: DataProblem['kind']; message: string };

/**
 * Text of a data file (or a backup) to validated, migrated user data.
 * Never throws: every failure comes back with a message naming what was wrong.
 * With salvage, a file whose only fault is invalid records keeps every valid one
 * (start-up); without it, one bad record refuses the whole file (restores, backups).
 */
export function decodeUserData(text: string, fileName: string, options: { salvage?: boolean } = {}): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'invalid-json', message: `${fileName} is not valid JSON: ${jsonErrorWhere(text, error)}.` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, kind: 'invalid-shape', message: `${fileName} does not hold a TTA Navigator data object.` };
  }
  let migrated;
  try {
    migrated = migrate(raw as Record<string, unknown>);
  } catch (error) {
    const kind = error instanceof FutureVersionError ? 'future-version' : 'migration-failed';
    return { ok: false, kind, message: `${fileName} could not be opened: ${(error as Error).message}.` };
  }
  const parsed = userDataSchema.safeParse(migrated.data);
  const migratedFrom = migrated.from === migrated.to ? null : migrated.from;
  if (!parsed.success && options.salvage) {
    const salvaged = salvageUserData(migrated.data);
    if (salvaged && salvaged.setAside.length > 0) return { ok: true, data: salvaged.data, migratedFrom, setAside: salvaged.setAside };
  }
  if (!parsed.success) {
    const problems = describeIssues(parsed.error, 5).join('; ');
    return { ok: false, kind: 'invalid-shape', message: `${fileName} has invalid data: ${problems}.` };
  }
  return { ok: true, data: parsed.data, migratedFrom, setAside: [] };
}
