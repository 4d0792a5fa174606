import { CURRENT_SCHEMA_VERSION } from '../../shared/model/user-data';
import { addTrainerRecords } from './migration-steps/add-trainer-records';
import { addRecordStamps } from './migration-steps/add-record-stamps';

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
      members: Array.isArray(team) ? team.map(memberFromV0) : [],
      completions: Array.isArray(records) ? records.map(completionFromV0) : [],
      plans: [],
    };
  },
  // v2 (issue 16) only adds optional fields: member externalId, completion expiresOn, optional hours.
  1: (data) => ({ ...data, schemaVersion: 2 }),
  // v3 (issue 17): requirement profiles; members' joinedOn and completions' creditHours are optional.
  2: addRequirementProfiles,
  // v4 (issue 20): trainers' curricula and deliveries.
  3: addTrainerRecords,
  // v5 (issue 19): every shared record carries updatedAt / updatedBy.
  4: (data) => addRecordStamps(data),
};

/** Adds the empty list of requirement profiles; self-contained so it can sit at any position in the chain. */
function addRequirementProfiles(data: Json): Json {
  const version = schemaVersionOf(data);
  return { ...data, schemaVersion: version + 1, profiles: Array.isArray(data.profiles) ? data.profiles : [] };
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** v0 team rows had id, name, role, agency (and sometimes email/phone); v1 adds audiences and active. */
function memberFromV0(row: unknown): unknown {
  if (!isRecord(row)) return row; // left for validation to report with its index
  const { email, phone } = row;
  return {
    id: row.id,
    name: row.name,
    role: text(row.role),
    agency: text(row.agency),
    ...(typeof email === 'string' && email.trim() !== '' ? { email: email.trim() } : {}),
    ...(typeof phone === 'string' && phone.trim() !== '' ? { phone: phone.trim() } : {}),
    audiences: [],
    active: row.active !== false,
  };
}

/**
 * v0 records named trainings only by their spreadsheet title, so they become
 * custom trainings; a coordinator can re-point them at catalogue entries later.
 */
function completionFromV0(row: unknown): unknown {
  if (!isRecord(row)) return row;
  const { certificateNumber, notes, validForMonths } = row;
  return {
    id: row.id,
    memberId: row.memberId,
    custom: { title: row.trainingTitle, provider: text(row.provider) },
    completedOn: row.completedOn,
    hours: row.hours,
    ...(typeof certificateNumber === 'string' && certificateNumber !== '' ? { certificateNumber } : {}),
    ...(typeof notes === 'string' && notes !== '' ? { notes } : {}),
    ...(validForMonths !== undefined && validForMonths !== null ? { validForMonths } : {}),
    createdAt: typeof row.createdAt === 'string' ? row.createdAt : `${text(row.completedOn)}T00:00:00.000Z`,
  };
}

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
