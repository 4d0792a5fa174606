import { CURRENT_SCHEMA_VERSION } from '../../shared/model/user-data';

type Json = Record<string, unknown>;
type Step = (data: Json) => Json;

export class FutureVersionError extends Error {}
export class MigrationError extends Error {}

/**
 * steps[n] turns a version-n file into version n+1. Never edit a shipped step:
 * users' files on disk were written by it; add a new one instead.
 */
const steps: Record<number, Step> = {
  // v0 was the spreadsheet-import prototype: a flat file with `theme`, `team` and `records`.
  0: (data) => {
    const { theme, team, records, ...rest } = data;
    return {
      ...rest,
      schemaVersion: 1,
      settings: theme === undefined ? {} : { theme },
      members: Array.isArray(team) ? team : [],
      completions: Array.isArray(records) ? records : [],
      plans: [],
    };
  },
};

export function schemaVersionOf(data: Json): number {
  const v = data.schemaVersion;
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new MigrationError(`schemaVersion must be a whole number, found ${JSON.stringify(v)}`);
  }
  return v;
}

/** Runs every step from the file's version up to the current one. */
export function migrate(data: Json): { data: Json; from: number; to: number } {
  const from = schemaVersionOf(data);
  if (from > CURRENT_SCHEMA_VERSION) {
    throw new FutureVersionError(
      `it was written by a newer version of TTA Navigator (data format ${from}; this version reads up to ${CURRENT_SCHEMA_VERSION})`,
    );
  }
  let current = data;
  for (let v = from; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new MigrationError(`no migration from data format ${v}`);
    current = step(current);
  }
  return { data: current, from, to: CURRENT_SCHEMA_VERSION };
}
