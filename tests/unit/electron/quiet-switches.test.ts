import { describe, expect, it } from 'vitest';
import { QUIET_SWITCHES } from '../../../main/electron/quiet-switches';

describe('QUIET_SWITCHES', () => {
  it('turns off background networking and the other self-started traffic', () => {
    const names = QUIET_SWITCHES.map(([name]) => name);
    for (const name of ['disable-background-networking', 'disable-component-update', 'disable-domain-reliability', 'no-pings', 'dns-prefetch-disable'])
      expect(names).toContain(name);
    const features = QUIET_SWITCHES.find(([name]) => name === 'disable-features')?.[1]?.split(',') ?? [];
    expect(features).toEqual(expect.arrayContaining(['MediaRouter', 'OptimizationHints', 'Translate', 'NetworkTimeServiceQuerying']));
  });

  it('names each switch once, in the form Chromium reads (no leading dashes)', () => {
    const names = QUIET_SWITCHES.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z-]+$/);
  });
});
