import { expect, it } from 'vitest';
import { runCrashRounds } from '../../crash/crash-rounds';

it('keeps every acknowledged write and a valid file across 50 SIGKILLs of a writing process', async () => {
  const report = await runCrashRounds({ rounds: 50, seed: 7 });
  expect(report.failures).toEqual([]);
  expect(report.acknowledged).toBeGreaterThan(50);
}, 600_000);
