type Json = Record<string, unknown>;

/** The lists whose records are shared between coordinators and carry updatedAt / updatedBy. */
const STAMPED_LISTS = ['members', 'completions', 'plans', 'profiles', 'curricula', 'deliveries'] as const;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDateTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * Schema 5 (issue 19): every shared record says when it last changed and by whom. A record
 * that already has an updatedAt keeps it; otherwise its createdAt (a completion's), else the
 * time of the migration. Who made older changes was never recorded: updatedBy is "" (the
 * screens say "not recorded"). Self-contained (it reads the version it was given) so it can
 * sit at any position in the chain. Rows that are not objects are left for validation to report.
 */
export function addRecordStamps(data: Json, now: Date = new Date()): Json {
  const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  const migratedAt = now.toISOString();
  const out: Json = { ...data, schemaVersion: version + 1 };
  for (const list of STAMPED_LISTS) {
    const rows = data[list];
    if (!Array.isArray(rows)) continue;
    out[list] = rows.map((row: unknown) => {
      if (!isRecord(row)) return row;
      const updatedAt = isDateTime(row.updatedAt) ? row.updatedAt : isDateTime(row.createdAt) ? row.createdAt : migratedAt;
      return { ...row, updatedAt, updatedBy: typeof row.updatedBy === 'string' ? row.updatedBy : '' };
    });
  }
  return out;
}
