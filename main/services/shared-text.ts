/** Past this many distinct values of one field, its values are taken to be unique (ids, timestamps) and left alone. */
const SHARED_VALUES_LIMIT = 4096;

/**
 * A message arrives with its own copy of every text: 100,000 records of a restore carry
 * 100,000 copies of a few hundred titles, dates and member ids, all of which outlive the
 * main side's next young-generation collections and are copied by each of them (the
 * longest stalls measured). The record's repeated texts are swapped for one shared copy
 * per value, so the copies that came with the message die young, where they cost nothing.
 */
export function createTextSharing(): (record: unknown) => unknown {
  const byField = new Map<string, Map<string, string> | null>();
  return (record) => {
    if (typeof record !== 'object' || record === null) return record;
    const fields = record as Record<string, unknown>;
    for (const key in fields) {
      const value = fields[key];
      if (typeof value !== 'string' || key === 'id') continue;
      let values = byField.get(key);
      if (values === null) continue;
      if (values === undefined) byField.set(key, (values = new Map()));
      const shared = values.get(value);
      if (shared !== undefined) fields[key] = shared;
      else if (values.size < SHARED_VALUES_LIMIT) values.set(value, value);
      else byField.set(key, null);
    }
    return record;
  };
}

/** One copy per distinct value of one column of texts (packed-completions.ts), up to SHARED_VALUES_LIMIT values. */
export function createValueSharing(): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const shared = seen.get(value);
    if (shared !== undefined) return shared;
    if (seen.size < SHARED_VALUES_LIMIT) seen.set(value, value);
    return value;
  };
}
