/**
 * Freezes a record and every object in it: the store never edits a committed record in place,
 * and a frozen one makes an edit fail loudly instead of leaving the saved bytes stale.
 * Keys are walked with for…in rather than Object.values, which built an array per record
 * (50,000 of them per import, all garbage); for…in also sees inherited enumerable keys, so
 * only own ones are followed.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    const fields = value as Record<string, unknown>;
    for (const key in fields) {
      const child = fields[key];
      if (child !== null && typeof child === 'object' && Object.hasOwn(fields, key)) deepFreeze(child);
    }
  }
  return value;
}
