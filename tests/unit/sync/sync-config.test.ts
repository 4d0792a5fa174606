import { describe, expect, it } from 'vitest';
import { quickSyncConfig, readSyncConfig, sharedSince } from '../../../main/services/sync/sync-config';

/** What the settings file holds after a save and a restart: JSON written, then read back. */
const afterRestart = (shared: Record<string, number>) => readSyncConfig(JSON.parse(JSON.stringify({ shared })));

describe('the sharing settings, for a partner the coordinator names', () => {
  it('starts a partner with no earlier file at everything, whatever the name, Object property names included', () => {
    const config = afterRestart({ 'Sam Lee': 42 });
    expect(sharedSince(config, 'Sam Lee')).toBe(42);
    for (const name of ['Dana Reyes', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(sharedSince(config, name)).toBe(0);
  });

  it('reads a file holding a partner named __proto__ without loading zod, as the schema would', () => {
    const onDisk = JSON.parse('{"shared":{"__proto__":7,"Sam Lee":3}}') as unknown;
    const quick = quickSyncConfig(onDisk);
    expect(quick?.shared).toStrictEqual({ 'Sam Lee': 3 });
    expect(sharedSince(quick!, '__proto__')).toBe(0);
  });
});
