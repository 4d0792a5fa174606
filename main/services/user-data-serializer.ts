import type { UserData } from '../../shared/model/user-data';

/**
 * Serialises user data for saving without re-stringifying every record on every
 * save: with 100,000 completions a full JSON.stringify costs more than the disk
 * write. Each member and completion is stringified once and cached by object
 * identity. The store's writers replace records rather than edit them, and
 * cached records are frozen so an in-place edit fails loudly instead of saving
 * stale text.
 */
export interface UserDataSerializer {
  serialize(data: UserData): string;
  /** Fills the cache in small slices so the first save after opening is fast too. */
  warm(data: UserData): Promise<void>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function createUserDataSerializer(): UserDataSerializer {
  const cache = new WeakMap<object, string>();
  const text = (record: object): string => {
    let s = cache.get(record);
    if (s === undefined) {
      s = JSON.stringify(record);
      cache.set(deepFreeze(record), s);
    }
    return s;
  };
  const list = (records: readonly object[]): string => {
    const parts = new Array<string>(records.length);
    for (let i = 0; i < records.length; i++) parts[i] = text(records[i]!);
    return `[${parts.join(',')}]`;
  };
  return {
    serialize(data) {
      const { members, completions, ...rest } = data;
      // Small parts (settings, plans, any future field) go through JSON.stringify as usual.
      const head = JSON.stringify(rest);
      return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"members":${list(members)},"completions":${list(completions)}}`;
    },
    async warm(data) {
      const records: object[] = [...data.members, ...data.completions];
      for (let i = 0; i < records.length; i += 2000) {
        for (const r of records.slice(i, i + 2000)) text(r);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
