import { userDataSchema, type UserData } from '../../shared/model/user-data';
import type { DataProblem } from '../../shared/model/app-info';
import { jsonErrorWhere } from '../../shared/validation/json-error-position';
import { describeIssues } from '../../shared/validation/zod-issues';
import { FutureVersionError, migrate } from './migrations';
import { describeSetAside, salvageUserData, salvageUserDataInSlices, setAsideLine, type SetAside } from './salvage-user-data';

export type Decoded =
  /** setAside: records left out by salvage (only with { salvage: true }); empty when every record was valid. */
  | { ok: true; data: UserData; migratedFrom: number | null; setAside: SetAside[] }
  | { ok: false; kind: DataProblem['kind']; message: string };

type Failed = Extract<Decoded, { ok: false }>;
type Migrated = { ok: true; data: Record<string, unknown>; migratedFrom: number | null };

/** JSON text to a migrated data object, or what was wrong with it. */
function parseAndMigrate(text: string, fileName: string): Migrated | Failed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'invalid-json', message: `${fileName} is not valid JSON: ${jsonErrorWhere(text, error)}.` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, kind: 'invalid-shape', message: `${fileName} does not hold a TTA Navigator data object.` };
  }
  try {
    const migrated = migrate(raw as Record<string, unknown>);
    return { ok: true, data: migrated.data, migratedFrom: migrated.from === migrated.to ? null : migrated.from };
  } catch (error) {
    const kind = error instanceof FutureVersionError ? 'future-version' : 'migration-failed';
    return { ok: false, kind, message: `${fileName} could not be opened: ${(error as Error).message}.` };
  }
}

/**
 * Text of a data file (or a backup) to validated, migrated user data.
 * Never throws: every failure comes back with a message naming what was wrong.
 * With salvage, a file whose only fault is invalid records keeps every valid one
 * (start-up); without it, one bad record refuses the whole file (restores, backups).
 */
export function decodeUserData(text: string, fileName: string, options: { salvage?: boolean } = {}): Decoded {
  const migrated = parseAndMigrate(text, fileName);
  if (!migrated.ok) return migrated;
  const { migratedFrom } = migrated;
  const parsed = userDataSchema.safeParse(migrated.data);
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

/**
 * The start-up decode: the same checks, record by record, giving the event loop a turn
 * every few thousand records so 100,000 completions never hold the main process for long.
 * The one step that cannot be cut is JSON.parse, which the trusted path pays too.
 */
export async function decodeUserDataInSlices(text: string, fileName: string, options: { salvage?: boolean } = {}): Promise<Decoded> {
  const migrated = parseAndMigrate(text, fileName);
  if (!migrated.ok) return migrated;
  const checked = await salvageUserDataInSlices(migrated.data);
  if (checked === null) return { ok: false, kind: 'invalid-shape', message: `${fileName} has invalid data.` };
  if (checked.setAside.length === 0 || options.salvage) return { ok: true, data: checked.data, migratedFrom: migrated.migratedFrom, setAside: checked.setAside };
  const lines = describeSetAside(checked.setAside);
  const shown = lines.slice(0, 5).map(setAsideLine);
  if (lines.length > 5) shown.push(`…and ${lines.length - 5} more problems`);
  return { ok: false, kind: 'invalid-shape', message: `${fileName} has invalid data: ${shown.join('; ')}.` };
}
