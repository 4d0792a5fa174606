import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickWindowState, readWindowState, windowStateSchema } from '../../../main/electron/window-state';
import { lockSchema, quickLockContent, readLockContent } from '../../../main/services/folder-lock';
import { configSchema, quickSyncConfig, readSyncConfig } from '../../../main/services/sync/sync-config';
import { quickTrustRecord, readTrustRecord, trustSchema } from '../../../main/services/trusted-file';

/**
 * A trusted start reads its trust record, the folder lock, the sharing settings and the window state with hand
 * checks instead of zod, so it never loads zod (docs/performance.md, "Main-side start-up").
 * Each hand check may only accept what its schema accepts, and must return what the schema
 * returns; anything it declines goes to the schema. So the reader as a whole accepts and
 * refuses exactly what the schema does: proved here over values near and far from each shape.
 */

/** Values of every JSON kind, and a few no JSON file holds but a hand check must not wave through. */
const anything = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, -1, 1.5),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, -1));
/** Numbers at and just past the bounds the schemas name. */
const edgeNumber = fc.oneof(number, fc.constantFrom(-1_000_001, -1_000_000, 1_000_000, 1_000_000.5, 0, 1, 0.5, 100_000, 100_001));
/**
 * Values near a shape: as written, one field off (a wrong kind or a number at a bound), turned
 * into what a file holds, with extra keys, built oddly (no prototype, a `__proto__` key, an
 * array around it), and anything else.
 */
function variants(written: fc.Arbitrary<Record<string, unknown>>, nearMiss: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const oneOff = fc.tuple(written, fc.nat(), fc.oneof(anything, edgeNumber)).map(([w, i, v]) => {
    const keys = Object.keys(w);
    return keys.length === 0 ? w : { ...w, [keys[i % keys.length]!]: v };
  });
  const shape = fc.oneof(written, oneOff, nearMiss);
  return fc.oneof(
    shape,
    shape.map((v) => JSON.parse(JSON.stringify(v)) as unknown),
    fc.tuple(shape, fc.dictionary(fc.string({ maxLength: 6 }), anything, { maxKeys: 2 })).map(([v, extra]) => ({ ...extra, ...v })),
    shape.map((v) => Object.assign(Object.create(null) as object, v)),
    shape.map((v) => JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(v).slice(1)}`.replace(', }', '}')) as unknown),
    shape.map((v) => [v]),
    anything,
  );
}

interface Case<T> {
  name: string;
  values: fc.Arbitrary<unknown>;
  /** What this version writes: the hand check must take all of these, or a start would load zod. */
  written: fc.Arbitrary<unknown>;
  quick: (v: unknown) => T | undefined;
  read: (v: unknown) => T | null;
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } };
  /** The reader's answer to what the schema refuses. */
  refused: () => T | null;
}

const trustWritten = fc.record({ appVersion: fc.string(), sha256: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), size: fc.nat(), pieces: fc.array(fc.nat(), { maxLength: 5 }) });
const lockWritten = fc.record({ pid: fc.nat(), host: fc.string(), startedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), token: fc.uuid() });
const server = fc.record({ url: fc.webUrl(), user: fc.string(), password: fc.string() });
const syncWritten = fc.record({
  coordinatorName: fc.option(fc.string(), { nil: null }),
  server: fc.option(server, { nil: null }),
  shared: fc.dictionary(fc.string(), fc.oneof(fc.nat(), fc.string())),
  lastSyncedAt: fc.option(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), { nil: null }),
});
const optional = { requiredKeys: [] as never[] };
const coordinate = fc.integer({ min: -1_000_000, max: 1_000_000 });
const size = fc.integer({ min: 1, max: 100_000 });
const windowWritten = fc.record({ x: coordinate, y: coordinate, width: size, height: size, maximised: fc.boolean() });

const cases: Case<unknown>[] = [
  {
    name: 'trust record',
    written: trustWritten,
    values: variants(
      trustWritten,
      fc.record({ appVersion: fc.oneof(fc.string(), anything), sha256: fc.oneof(fc.string(), anything), size: fc.oneof(number, anything), pieces: fc.oneof(fc.array(fc.oneof(number, anything), { maxLength: 4 }), anything) }, optional),
    ),
    quick: quickTrustRecord,
    read: readTrustRecord,
    schema: trustSchema,
    refused: () => null,
  },
  {
    name: 'folder lock',
    written: lockWritten,
    values: variants(lockWritten, fc.record({ pid: fc.oneof(number, anything), host: fc.oneof(fc.string(), anything), startedAt: fc.oneof(fc.string(), anything), token: fc.oneof(fc.string(), anything) }, optional)),
    quick: quickLockContent,
    read: readLockContent,
    schema: lockSchema,
    refused: () => null,
  },
  {
    name: 'window state',
    written: windowWritten,
    values: variants(windowWritten, fc.record({ x: edgeNumber, y: edgeNumber, width: edgeNumber, height: edgeNumber, maximised: fc.oneof(fc.boolean(), anything) }, optional)),
    quick: quickWindowState,
    read: readWindowState,
    schema: windowStateSchema,
    refused: () => null,
  },
  {
    name: 'sharing settings',
    written: fc.oneof(syncWritten, fc.constant({})),
    values: variants(
      syncWritten,
      fc.record(
        {
          coordinatorName: fc.oneof(fc.string(), anything),
          server: fc.oneof(server, variants(server, fc.record({ url: fc.oneof(fc.string(), anything), user: fc.string(), password: fc.oneof(fc.string(), anything) }, optional)), anything),
          shared: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.nat(), fc.string(), number, anything)), variants(fc.dictionary(fc.string(), fc.nat()), fc.dictionary(fc.string(), anything)), anything),
          lastSyncedAt: fc.oneof(fc.string(), anything),
        },
        optional,
      ),
    ),
    quick: quickSyncConfig,
    read: readSyncConfig,
    schema: configSchema,
    refused: () => configSchema.parse({}),
  },
];

describe.each(cases)('the $name hand check', ({ values, written, quick, read, schema, refused }) => {
  it('accepts only what the schema accepts, returns what the schema returns, and leaves the rest to the schema', () => {
    const seen = { quick: 0, schemaOnly: 0, refused: 0 };
    fc.assert(
      fc.property(values, (value) => {
        const verdict = schema.safeParse(value);
        const fast = quick(value);
        if (fast !== undefined) {
          seen.quick++;
          expect(verdict.success).toBe(true);
          expect(fast).toStrictEqual(verdict.success ? verdict.data : undefined);
        } else if (verdict.success) seen.schemaOnly++;
        else seen.refused++;
        expect(read(value)).toStrictEqual(verdict.success ? verdict.data : refused());
      }),
      { numRuns: 3000 },
    );
    // The values reached every branch: taken by hand, left to the schema and accepted, refused.
    expect(seen.quick).toBeGreaterThan(30);
    expect(seen.schemaOnly).toBeGreaterThan(30);
    expect(seen.refused).toBeGreaterThan(30);
  });

  it('takes everything this version writes by hand, so a trusted start never loads zod', () => {
    fc.assert(
      fc.property(written, (value) => {
        const onDisk = JSON.parse(JSON.stringify(value)) as unknown;
        expect(schema.safeParse(onDisk).success).toBe(true);
        expect(quick(onDisk)).not.toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
