/**
 * Pieces of the hand checks a start runs on its small files (trust record, folder lock,
 * sharing settings) instead of their zod schemas, so a start need not load zod at all
 * (docs/performance.md, "Main-side start-up"). Each hand check accepts only the plain shape
 * this version writes and returns what its schema would; anything else goes to the schema,
 * so together they accept and refuse exactly what the schema does
 * (tests/unit/startup/quick-checks.test.ts).
 */

/** An object such as JSON.parse makes: no array, no class instance, no symbol key; it may hold a `__proto__` key. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

/** A plain object such as JSON.parse makes: no array, no class instance, no symbol or `__proto__` key. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value) && !Object.prototype.hasOwnProperty.call(value, '__proto__');
}

/** What `z.number()` accepts: zod 4 refuses NaN and the infinities. */
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What `z.string()` accepts. */
export const isString = (value: unknown): value is string => typeof value === 'string';
